package org.operatorlab.solvers.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fem.FemErrors;
import org.operatorlab.solvers.fem.FemProblem;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.fem.P1Assembler;
import org.operatorlab.solvers.fem.TestMeshes;
import org.operatorlab.solvers.krylov.ConjugateGradient;
import org.operatorlab.solvers.krylov.SolverOptions;
import org.operatorlab.solvers.precond.Ic0;

class ThetaSchemeTest {
    private static final double PI = Math.PI;
    private static final double T = 0.1;

    private final TriangleMesh mesh = TestMeshes.square(16, 4);
    private final P1Assembler asm = new P1Assembler(mesh);

    private ThetaScheme scheme(double theta, int steps) {
        return new ThetaScheme(asm.mass(), asm.stiffness((x, y) -> 1), asm.nodesOn("left", "right", "top", "bottom"),
                theta, T / steps, new ConjugateGradient(SolverOptions.of(1e-13, 5000)), Ic0::of);
    }

    private double[] eigenmode() {
        double[] u = new double[mesh.nodeCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.sin(PI * mesh.x(i)) * Math.sin(PI * mesh.y(i));
        }
        return u;
    }

    private double temporalOrder(double theta) {
        double[] reference = eigenmode();
        scheme(theta, 8192).advance(reference, 8192);
        // small enough steps that even the stiffest mesh modes are in the asymptotic range
        int[] steps = {32, 64, 128, 256};
        double[] dt = new double[steps.length];
        double[] err = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            double[] u = eigenmode();
            scheme(theta, steps[k]).advance(u, steps[k]);
            double s = 0;
            for (int i = 0; i < u.length; i++) {
                s = Math.max(s, Math.abs(u[i] - reference[i]));
            }
            dt[k] = T / steps[k];
            err[k] = s;
        }
        return slope(dt, err);
    }

    @Test
    void crankNicolsonIsSecondOrderInTime() {
        assertEquals(2.0, temporalOrder(0.5), 0.15);
    }

    @Test
    void backwardEulerIsFirstOrderInTime() {
        assertEquals(1.0, temporalOrder(1.0), 0.15);
    }

    /**
     * u = e^{-2 pi^2 t} sin(pi x) sin(pi y): with a small time step the error against the exact solution
     * is the P1 space error, which falls by 4 when h halves.
     */
    @Test
    void eigenmodeDecaysAtTheExactRateUpToSpaceError() {
        double[] errors = new double[2];
        for (int k = 0; k < 2; k++) {
            TriangleMesh m = TestMeshes.square(8 << k, 4);
            P1Assembler a = new P1Assembler(m);
            ThetaScheme s = new ThetaScheme(a.mass(), a.stiffness((x, y) -> 1), a.nodesOn("left", "right", "top", "bottom"),
                    0.5, T / 200, new ConjugateGradient(SolverOptions.of(1e-13, 5000)), Ic0::of);
            double[] u0 = new double[m.nodeCount()];
            for (int i = 0; i < u0.length; i++) {
                u0[i] = Math.sin(PI * m.x(i)) * Math.sin(PI * m.y(i));
            }
            double[][] snaps = s.snapshots(u0, new double[] {T / 2, T}, CancellationToken.none());
            double decay = Math.exp(-2 * PI * PI * T);
            errors[k] = FemErrors.l2(m, snaps[1], (x, y) -> decay * Math.sin(PI * x) * Math.sin(PI * y)) / (0.5 * decay);
        }
        assertTrue(errors[1] < 0.04, "relative L2 error " + errors[1]);
        assertEquals(4.0, errors[0] / errors[1], 0.4, "error ratio for h -> h/2: " + errors[0] + " / " + errors[1]);
    }

    /** Steady load and Dirichlet data: backward Euler converges to the steady P1 solution K u = F. */
    @Test
    void forcedProblemReachesSteadyState() {
        double[] load = asm.load((x, y) -> 2 * PI * PI * Math.sin(PI * x) * Math.sin(PI * y));
        ThetaScheme s = scheme(1.0, 10).withLoad((t, out) -> System.arraycopy(load, 0, out, 0, out.length));
        double[] u = new double[mesh.nodeCount()];
        s.advance(u, 0, 400); // t = 4: transients e^{-2 pi^2 t} are gone
        FemSystem steady = FemProblem.on(mesh).source((x, y) -> 2 * PI * PI * Math.sin(PI * x) * Math.sin(PI * y))
                .dirichlet("left", (x, y) -> 0).dirichlet("right", (x, y) -> 0)
                .dirichlet("top", (x, y) -> 0).dirichlet("bottom", (x, y) -> 0).assemble();
        double[] expected = new double[u.length];
        new ConjugateGradient(SolverOptions.of(1e-13, 5000)).solve(steady.matrix(), steady.rhs(), expected,
                Ic0.of(steady.matrix()));
        for (int i = 0; i < u.length; i++) {
            assertEquals(expected[i], u[i], 1e-9, "node " + i);
        }
        assertThrows(IllegalArgumentException.class,
                () -> s.snapshots(u, new double[] {0.015}, CancellationToken.none()));
    }

    private static double slope(double[] h, double[] e) {
        int n = h.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(h[i]) / n;
            my += Math.log(e[i]) / n;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (Math.log(h[i]) - mx) * (Math.log(e[i]) - my);
            sxx += (Math.log(h[i]) - mx) * (Math.log(h[i]) - mx);
        }
        return sxy / sxx;
    }
}
