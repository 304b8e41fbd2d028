package org.operatorlab.solvers.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.solvers.fft.FftPlans;

class Burgers1dTest {
    private final FftPlans plans = new FftPlans();

    /**
     * Cole-Hopf: for u0 = A sin(2 pi x) on [0,1), u = -2 nu phi_x / phi with
     * phi = I0(a) + 2 sum_m I_m(a) e^{-nu (2 pi m)^2 t} cos(2 pi m x), a = A / (4 pi nu).
     */
    static double[] coleHopf(int n, double amplitude, double nu, double t) {
        double a = amplitude / (4 * Math.PI * nu);
        int modes = 40 + (int) (4 * a);
        double[] bessel = new double[modes];
        for (int m = 0; m < modes; m++) {
            bessel[m] = besselI(m, a);
        }
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            double x = (double) i / n;
            double phi = bessel[0];
            double phiX = 0;
            for (int m = 1; m < modes; m++) {
                double w = 2 * Math.PI * m;
                double damp = Math.exp(-nu * w * w * t);
                phi += 2 * bessel[m] * damp * Math.cos(w * x);
                phiX -= 2 * bessel[m] * damp * w * Math.sin(w * x);
            }
            u[i] = -2 * nu * phiX / phi;
        }
        return u;
    }

    /** Modified Bessel function I_m(a) by its power series. */
    static double besselI(int m, double a) {
        double term = 1;
        for (int j = 1; j <= m; j++) {
            term *= a / 2 / j;
        }
        double sum = term;
        for (int j = 1; j < 500 && term > 1e-18 * sum; j++) {
            term *= (a / 2) * (a / 2) / (j * (double) (j + m));
            sum += term;
        }
        return sum;
    }

    static double relativeError(double[] exact, double[] u) {
        double num = 0, den = 0;
        for (int i = 0; i < u.length; i++) {
            num += (u[i] - exact[i]) * (u[i] - exact[i]);
            den += exact[i] * exact[i];
        }
        return Math.sqrt(num / den);
    }

    @Test
    void matchesColeHopfAtSeveralTimes() {
        int n = 256;
        double nu = 0.1;
        SpectralTimeStepper stepper = new SpectralTimeStepper(new Burgers1d(plans, n, 1.0, nu), 1e-3);
        double[] times = {0.05, 0.2, 0.5};
        double[][] snaps = stepper.snapshots(coleHopf(n, 1.0, nu, 0), times);
        for (int s = 0; s < times.length; s++) {
            double err = relativeError(coleHopf(n, 1.0, nu, times[s]), snaps[s]);
            assertTrue(err < 1e-9, "relative error " + err + " at t = " + times[s]);
        }
    }

    @Test
    void smallViscosityStillMatchesColeHopf() {
        int n = 1024;
        double nu = 0.01;
        double t = 0.3; // a steep front (width ~ nu) has formed
        SpectralTimeStepper stepper = new SpectralTimeStepper(new Burgers1d(plans, n, 1.0, nu), 2e-4);
        double[] u = coleHopf(n, 1.0, nu, 0);
        stepper.advance(u, (int) Math.round(t / 2e-4));
        double err = relativeError(coleHopf(n, 1.0, nu, t), u);
        assertTrue(err < 1e-6, "relative error " + err);
    }

    @Test
    void integratorIsFourthOrderInTime() {
        int n = 64;
        double nu = 0.1;
        double t = 0.4;
        double[] exact = coleHopf(n, 1.0, nu, t);
        double[] errors = new double[2];
        int[] steps = {10, 20};
        for (int s = 0; s < 2; s++) {
            SpectralTimeStepper stepper = new SpectralTimeStepper(new Burgers1d(plans, n, 1.0, nu), t / steps[s]);
            double[] u = coleHopf(n, 1.0, nu, 0);
            stepper.advance(u, steps[s]);
            errors[s] = relativeError(exact, u);
        }
        double order = Math.log(errors[0] / errors[1]) / Math.log(2);
        assertEquals(4.0, order, 0.3, "errors " + errors[0] + ", " + errors[1]);
    }
}
