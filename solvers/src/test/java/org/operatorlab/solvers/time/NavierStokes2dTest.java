package org.operatorlab.solvers.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.operatorlab.solvers.fft.FftPlans;

class NavierStokes2dTest {
    private final FftPlans plans = new FftPlans();

    private static double[] grid(int n, DoubleBinaryOperator f) {
        double[] w = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                w[j * n + i] = f.applyAsDouble((double) i / n, (double) j / n);
            }
        }
        return w;
    }

    /**
     * A sum of modes with one |k|^2 (here 25 (2 pi)^2) has psi proportional to w, so u.grad w = 0 and
     * w decays exactly as e^{-nu |k|^2 t}.
     */
    @Test
    void taylorGreenTypeFieldDecaysExactly() {
        int n = 32;
        double nu = 0.01;
        double twoPi = 2 * Math.PI;
        DoubleBinaryOperator shape = (x, y) -> Math.cos(twoPi * (3 * x + 4 * y)) + Math.sin(twoPi * 5 * y)
                + 0.3 * Math.cos(twoPi * (4 * x - 3 * y)) + 2 * Math.cos(twoPi * 5 * x);
        double[] w0 = grid(n, shape);
        SpectralTimeStepper stepper = new SpectralTimeStepper(new NavierStokes2d(plans, n, 1.0, nu, null), 0.01);
        double[] times = {0.123, 0.5, 1.0};
        double[][] snaps = stepper.snapshots(w0, times);
        for (int s = 0; s < times.length; s++) {
            double decay = Math.exp(-nu * 25 * twoPi * twoPi * times[s]);
            double num = 0, den = 0;
            for (int i = 0; i < w0.length; i++) {
                num += Math.pow(snaps[s][i] - decay * w0[i], 2);
                den += Math.pow(decay * w0[i], 2);
            }
            assertTrue(Math.sqrt(num / den) < 1e-8, "relative error " + Math.sqrt(num / den) + " at t = " + times[s]);
        }
    }

    /** w = sin(a x) + cos(b y): -u.grad w = -(b/a - a/b) cos(a x) sin(b y), by hand. */
    @Test
    void timeDerivativeMatchesHandComputedAdvectionDiffusionAndForcing() {
        int n = 32;
        double nu = 0.003;
        double a = 2 * Math.PI, b = 4 * Math.PI;
        double[] forcing = NavierStokes2d.fnoForcing(n);
        SpectralTimeStepper stepper = new SpectralTimeStepper(new NavierStokes2d(plans, n, 1.0, nu, forcing), 0.01);
        double[] w = grid(n, (x, y) -> Math.sin(a * x) + Math.cos(b * y));
        double[] expected = grid(n, (x, y) -> -(b / a - a / b) * Math.cos(a * x) * Math.sin(b * y)
                - nu * (a * a * Math.sin(a * x) + b * b * Math.cos(b * y))
                + 0.1 * (Math.sin(2 * Math.PI * (x + y)) + Math.cos(2 * Math.PI * (x + y))));
        double[] dwdt = new double[n * n];
        stepper.timeDerivative(w, dwdt);
        for (int i = 0; i < dwdt.length; i++) {
            assertEquals(expected[i], dwdt[i], 1e-12, "at node " + i);
        }
    }

    @Test
    void rejectsBadTimesAndBlowUp() {
        SpectralTimeStepper stepper = new SpectralTimeStepper(new NavierStokes2d(plans, 16, 1.0, 0.01, null), 0.01);
        assertThrows(IllegalArgumentException.class, () -> stepper.snapshots(new double[256], new double[] {0.5, 0.2}));
        assertThrows(IllegalArgumentException.class, () -> stepper.snapshots(new double[100], new double[] {0.5}));
        // a strong field with a far too large step: reported, not returned as NaN
        SpectralTimeStepper huge = new SpectralTimeStepper(new NavierStokes2d(plans, 16, 1.0, 0, null), 10);
        double[] w = grid(16, (x, y) -> 1e3 * (Math.sin(2 * Math.PI * x) + Math.cos(4 * Math.PI * y)));
        assertThrows(ArithmeticException.class, () -> huge.advance(w, 200));
    }
}
