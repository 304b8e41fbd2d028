package org.operatorlab.solvers.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpectralDerivativesTest {
    private static final double LX = 2.0;
    private static final double LY = 3.0;
    private static final int NX = 32;
    private static final int NY = 24;

    // u = sin(a x) cos(b y) + cos(c x) + 0.5 sin(d y) + 0.7 with modes 3, 2, 5, 7 (all below Nyquist)
    private static final double A = 2 * Math.PI * 3 / LX;
    private static final double B = 2 * Math.PI * 2 / LY;
    private static final double C = 2 * Math.PI * 5 / LX;
    private static final double D = 2 * Math.PI * 7 / LY;

    private static double[] sample(java.util.function.DoubleBinaryOperator f) {
        double[] u = new double[NX * NY];
        for (int j = 0; j < NY; j++) {
            for (int i = 0; i < NX; i++) {
                u[j * NX + i] = f.applyAsDouble(i * LX / NX, j * LY / NY);
            }
        }
        return u;
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-11 * 60, what + " at " + i);
        }
    }

    @Test
    void derivativesOfBandLimitedFieldAreExact() {
        SpectralDerivatives d = new SpectralDerivatives(new FftPlans(), NX, NY, LX, LY);
        double[] u = sample((x, y) -> Math.sin(A * x) * Math.cos(B * y) + Math.cos(C * x) + 0.5 * Math.sin(D * y) + 0.7);
        double[] out = new double[u.length];
        d.dx(u, out);
        assertClose(sample((x, y) -> A * Math.cos(A * x) * Math.cos(B * y) - C * Math.sin(C * x)), out, "d/dx");
        d.dy(u, out);
        assertClose(sample((x, y) -> -B * Math.sin(A * x) * Math.sin(B * y) + 0.5 * D * Math.cos(D * y)), out, "d/dy");
        d.laplacian(u, out);
        assertClose(sample((x, y) -> -(A * A + B * B) * Math.sin(A * x) * Math.cos(B * y) - C * C * Math.cos(C * x)
                - 0.5 * D * D * Math.sin(D * y)), out, "laplacian");
        d.inverseLaplacian(u, out);
        assertClose(sample((x, y) -> -Math.sin(A * x) * Math.cos(B * y) / (A * A + B * B) - Math.cos(C * x) / (C * C)
                - 0.5 * Math.sin(D * y) / (D * D)), out, "inverse laplacian");
    }

    @Test
    void oneDimensionalDerivativeIsExact() {
        int n = 16;
        double l = 1.0;
        SpectralDerivatives d = SpectralDerivatives.of1d(new FftPlans(), n, l);
        double[] u = new double[n];
        double[] expected = new double[n];
        double k = 2 * Math.PI * 7;
        for (int i = 0; i < n; i++) {
            double x = i * l / n;
            u[i] = Math.sin(k * x) + Math.cos(6 * Math.PI * x);
            expected[i] = k * Math.cos(k * x) - 6 * Math.PI * Math.sin(6 * Math.PI * x);
        }
        double[] out = new double[n];
        d.dx(u, out);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], out[i], 1e-11);
        }
    }
}
