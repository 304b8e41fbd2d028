package org.operatorlab.operators.pinn;

import java.util.function.DoubleBinaryOperator;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;
import org.operatorlab.solvers.solve.SolveOutcome;

/**
 * The P1 finite-element solution u of a steady problem on its triangle mesh, as the reference a PINN
 * is measured against: relative L2 over the mesh nodes.
 */
public final class FemReference {
    private final TriangleMesh mesh;
    private final double[] u;

    private FemReference(TriangleMesh mesh, double[] u) {
        this.mesh = mesh;
        this.u = u;
    }

    /** Solves {@code problem} (which must be meshed with triangles) with the default direct/iterative solver. */
    public static FemReference solve(Problem problem, ProgressListener progress, CancellationToken cancel) {
        SolveOutcome fem = new ProblemSolver(SolveOptions.defaults()).solve(problem, progress, cancel);
        if (!(fem.domain() instanceof ProblemDomain.Triangulated t)) {
            throw new IllegalArgumentException("problem \"" + problem.name() + "\" is not on a triangle mesh; the FEM"
                    + " reference compares at mesh nodes");
        }
        return new FemReference(t.mesh(), fem.fields().get("u").values());
    }

    public TriangleMesh mesh() { return mesh; }

    /** The nodal values (a copy). */
    public double[] values() { return u.clone(); }

    /** ‖u_PINN − u_FEM‖ / ‖u_FEM‖ over the nodes. */
    public double relativeError(PinnSolution pinn) {
        return relativeL2(predictAtNodes(pinn), u);
    }

    /** ‖u_FEM − exact‖ / ‖exact‖ over the nodes: the reference's own discretisation error. */
    public double relativeErrorOf(DoubleBinaryOperator exact) {
        return relativeL2(u, atNodes(exact));
    }

    /** The PINN's u at the mesh nodes. */
    public double[] predictAtNodes(PinnSolution pinn) {
        return pinn.predict(new Points(mesh.xCoordinates(), mesh.yCoordinates(), null, null, null));
    }

    /** f(x, y) at the mesh nodes. */
    public double[] atNodes(DoubleBinaryOperator f) {
        double[] v = new double[mesh.nodeCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(mesh.x(i), mesh.y(i));
        }
        return v;
    }

    /** ‖a − b‖₂ / ‖b‖₂. */
    static double relativeL2(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("relative L2 of " + a.length + " against " + b.length + " values");
        }
        double num = 0, den = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - b[i]) * (a[i] - b[i]);
            den += b[i] * b[i];
        }
        return Math.sqrt(num / den);
    }
}
