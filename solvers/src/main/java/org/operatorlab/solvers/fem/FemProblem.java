package org.operatorlab.solvers.fem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * A steady scalar PDE on a triangle mesh, discretised with P1 elements:
 * <pre>  -div(a grad u) + b . grad u + c u = f</pre>
 * with, per named boundary, Dirichlet u = g, Neumann a du/dn = g, or Robin a du/dn + alpha u = g.
 * Built fluently, then {@link #assemble()}d. Dirichlet wins at nodes shared with other conditions.
 *
 * <pre>{@code
 * FemSystem s = FemProblem.on(mesh).diffusion((x, y) -> 1 + x * x).source(f)
 *         .dirichlet("outer", g).neumann("hole", (x, y) -> 0).assemble();
 * }</pre>
 */
public final class FemProblem {
    private final P1Assembler assembler;
    private DoubleBinaryOperator diffusion = (x, y) -> 1;
    private double[] nodalDiffusion;
    private DoubleBinaryOperator reaction;
    private DoubleBinaryOperator bx;
    private DoubleBinaryOperator by;
    private boolean supg;
    private DoubleBinaryOperator source;
    private final List<BoundaryTerm> boundaries = new ArrayList<>();

    private record BoundaryTerm(String name, Kind kind, double alpha, DoubleBinaryOperator g) {
    }

    private enum Kind { DIRICHLET, NEUMANN, ROBIN }

    private FemProblem(P1Assembler assembler) {
        this.assembler = assembler;
    }

    public static FemProblem on(TriangleMesh mesh) {
        return new FemProblem(new P1Assembler(mesh));
    }

    /** Reuses an assembler (its precomputed element geometry) across many problems on one mesh. */
    public static FemProblem on(P1Assembler assembler) {
        return new FemProblem(assembler);
    }

    /** Diffusion coefficient a(x, y) (default 1). */
    public FemProblem diffusion(DoubleBinaryOperator a) {
        this.diffusion = a;
        this.nodalDiffusion = null;
        return this;
    }

    /** Diffusion coefficient as nodal values, interpolated linearly. */
    public FemProblem diffusion(double[] nodalA) {
        this.nodalDiffusion = nodalA.clone();
        return this;
    }

    public FemProblem reaction(DoubleBinaryOperator c) {
        this.reaction = c;
        return this;
    }

    /** Convection velocity b = (bx, by); {@code stabilised} adds SUPG (for convection-dominated flow). */
    public FemProblem convection(DoubleBinaryOperator bx, DoubleBinaryOperator by, boolean stabilised) {
        this.bx = bx;
        this.by = by;
        this.supg = stabilised;
        return this;
    }

    public FemProblem source(DoubleBinaryOperator f) {
        this.source = f;
        return this;
    }

    public FemProblem dirichlet(String boundary, DoubleBinaryOperator g) {
        return boundary(boundary, Kind.DIRICHLET, 0, g);
    }

    /** a du/dn = g on the boundary (outward normal). */
    public FemProblem neumann(String boundary, DoubleBinaryOperator g) {
        return boundary(boundary, Kind.NEUMANN, 0, g);
    }

    /** a du/dn + alpha u = g on the boundary. */
    public FemProblem robin(String boundary, double alpha, DoubleBinaryOperator g) {
        return boundary(boundary, Kind.ROBIN, alpha, g);
    }

    private FemProblem boundary(String name, Kind kind, double alpha, DoubleBinaryOperator g) {
        assembler.tagOf(name); // fail now, naming the boundary
        boundaries.add(new BoundaryTerm(name, kind, alpha, g));
        return this;
    }

    public FemSystem assemble() {
        TriangleMesh mesh = assembler.mesh();
        int n = mesh.nodeCount();
        Triplets t = new Triplets(9 * mesh.elementCount() * (bx == null ? 1 : 2));
        double[] rhs = new double[n];
        if (nodalDiffusion != null) {
            assembler.addStiffness(t, nodalDiffusion);
        } else {
            assembler.addStiffness(t, diffusion);
        }
        if (reaction != null) {
            assembler.addMass(t, reaction);
        }
        if (bx != null) {
            assembler.addConvection(t, bx, by);
            if (supg) {
                double eps = nodalDiffusion != null ? mean(nodalDiffusion) : diffusion.applyAsDouble(mesh.x(0), mesh.y(0));
                assembler.addStreamlineDiffusion(t, rhs, bx, by, eps, source);
            }
        }
        if (source != null) {
            assembler.addLoad(rhs, source);
        }
        boolean[] fixed = new boolean[n];
        double[] values = new double[n];
        for (BoundaryTerm b : boundaries) {
            switch (b.kind()) {
                case DIRICHLET -> assembler.markBoundaryNodes(b.name(), b.g(), fixed, values);
                case NEUMANN -> assembler.addBoundaryLoad(rhs, b.name(), b.g());
                case ROBIN -> {
                    assembler.addBoundaryMass(t, b.name(), b.alpha());
                    assembler.addBoundaryLoad(rhs, b.name(), b.g());
                }
            }
        }
        // exact zeros (right-triangle hypotenuses) would cost every product and preconditioner solve
        return new FemSystem(DirichletElimination.apply(t, n, rhs, fixed, values).withoutZeros(), rhs, fixed);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a;
        }
        return s / v.length;
    }
}
