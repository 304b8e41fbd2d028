package org.operatorlab.operators.pinn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LbfgsTest {
    /** Extended Rosenbrock: sum over pairs of 100 (x_{2i+1} - x_{2i}²)² + (1 - x_{2i})²; minimum 0 at all ones. */
    private static double rosenbrock(double[] x, double[] g) {
        double f = 0;
        java.util.Arrays.fill(g, 0);
        for (int i = 0; i + 1 < x.length; i += 2) {
            double a = x[i + 1] - x[i] * x[i], b = 1 - x[i];
            f += 100 * a * a + b * b;
            g[i] += -400 * a * x[i] - 2 * b;
            g[i + 1] += 200 * a;
        }
        return f;
    }

    @Test
    void rosenbrockFromTheClassicStart() {
        double[] x = {-1.2, 1};
        Lbfgs.Result r = new Lbfgs(10, 1e-10).minimize(LbfgsTest::rosenbrock, x, 200, it -> true);
        assertTrue(r.converged(), "did not converge: " + r);
        assertEquals(1, x[0], 1e-8);
        assertEquals(1, x[1], 1e-8);
        assertTrue(r.iterations() < 60, "took " + r.iterations() + " iterations");
        assertTrue(r.value() < 1e-16, "f = " + r.value());
    }

    @Test
    void extendedRosenbrockInFortyDimensions() {
        double[] x = new double[40];
        for (int i = 0; i < x.length; i += 2) {
            x[i] = -1.2;
            x[i + 1] = 1;
        }
        Lbfgs.Result r = new Lbfgs(7, 1e-9).minimize(LbfgsTest::rosenbrock, x, 500, it -> true);
        assertTrue(r.converged(), "did not converge: " + r);
        for (double v : x) {
            assertEquals(1, v, 1e-7);
        }
    }

    @Test
    void illConditionedQuadraticFarFasterThanGradientDescent() {
        int n = 12;
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
            diag[i] = 1 + i * i;     // condition number 122
        }
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1);
        Lbfgs.Result r = new Lbfgs(n, 1e-10).minimize((p, g) -> {
            double f = 0;
            for (int i = 0; i < n; i++) {
                g[i] = diag[i] * (p[i] - i);
                f += 0.5 * diag[i] * (p[i] - i) * (p[i] - i);
            }
            return f;
        }, x, 100, it -> true);
        assertTrue(r.converged());
        // Wolfe steps are inexact, so no finite termination; gradient descent would need ~ kappa ln(1e10) = 2800
        assertTrue(r.iterations() <= 60, "took " + r.iterations());
        for (int i = 0; i < n; i++) {
            assertEquals(i, x[i], 1e-9);
        }
    }

    @Test
    void stopsWhenAskedAndRejectsBadSettings() {
        double[] x = {-1.2, 1};
        Lbfgs.Result r = new Lbfgs(5, 0).minimize(LbfgsTest::rosenbrock, x, 1000, it -> it < 3);
        assertEquals(3, r.iterations());
        assertThrows(IllegalArgumentException.class, () -> new Lbfgs(0, 1e-6));
    }
}
