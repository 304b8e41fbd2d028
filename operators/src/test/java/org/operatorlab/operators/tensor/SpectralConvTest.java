package org.operatorlab.operators.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.operatorlab.solvers.fft.FftPlans;

class SpectralConvTest {
    private final FftPlans plans = new FftPlans();
    private final SplittableRandom rng = new SplittableRandom(11);

    @Test
    void gradientCheck2dWithNegativeRowsAndNyquistColumn() {
        SpectralConv conv = new SpectralConv(plans, 6, 8, 4, 5); // kx 0..4 includes Nyquist (nx/2 = 4)
        Tensor x = GradientCheck.random(rng, 2, 3, 6, 8);
        Tensor w = GradientCheck.random(rng, conv.weightShape(3, 2));
        GradientCheck.check(t -> t.spectralConv(conv, x, w), 1e-6, x, w);
    }

    @Test
    void gradientCheck2dTruncatedAndOddRows() {
        SpectralConv conv = new SpectralConv(plans, 5, 10, 2, 3);
        Tensor x = GradientCheck.random(rng, 1, 2, 5, 10);
        Tensor w = GradientCheck.random(rng, conv.weightShape(2, 3));
        GradientCheck.check(t -> t.spectralConv(conv, x, w), 1e-6, x, w);
    }

    @Test
    void gradientCheck1d() {
        SpectralConv conv = new SpectralConv(plans, 1, 16, 1, 9);
        Tensor x = GradientCheck.random(rng, 2, 2, 1, 16);
        Tensor w = GradientCheck.random(rng, conv.weightShape(2, 2));
        GradientCheck.check(t -> t.spectralConv(conv, x, w), 1e-6, x, w);
    }

    /** The float32 path (SIMD GEMMs) agrees with the gradient-checked float64 one to float precision. */
    @Test
    void float32MatchesFloat64ForwardAndBackward() {
        SpectralConv conv = new SpectralConv(plans, 16, 20, 8, 5);
        Tensor x = GradientCheck.random(rng, 3, 4, 16, 20);
        Tensor w = GradientCheck.random(rng, conv.weightShape(4, 5));
        Tensor r = GradientCheck.random(rng, 3, 5, 16, 20);
        double[][] f64 = run(conv, x, w, r), f32 = run(conv, x.to(DType.FLOAT32), w.to(DType.FLOAT32), r.to(DType.FLOAT32));
        for (int k = 0; k < f64.length; k++) {
            double scale = 0;
            for (double v : f64[k]) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int i = 0; i < f64[k].length; i++) {
                assertEquals(f64[k][i], f32[k][i], 2e-6 * scale, "output/gradient " + k + " at " + i);
            }
        }
    }

    /** Output, d(sum(r y))/dx and d(sum(r y))/dw. */
    private static double[][] run(SpectralConv conv, Tensor x, Tensor w, Tensor r) {
        x.requiresGrad(true);
        w.requiresGrad(true);
        Tape tape = Tape.recording();
        Tensor y = tape.spectralConv(conv, x, w);
        tape.backward(tape.sum(tape.mul(y, r)));
        return new double[][] {y.toDoubleArray(), x.grad().toDoubleArray(), w.grad().toDoubleArray()};
    }

    @Test
    void allModesWithUnitWeightIsIdentity() {
        SpectralConv conv = new SpectralConv(plans, 6, 8, 6, 5);
        Tensor x = GradientCheck.random(rng, 1, 1, 6, 8);
        Tensor w = Tensor.zeros(DType.FLOAT64, conv.weightShape(1, 1));
        for (int i = 0; i < w.size(); i += 2) {
            w.set(i, 1);
        }
        Tensor y = Tape.noGrad().spectralConv(conv, x, w);
        for (int i = 0; i < x.size(); i++) {
            assertEquals(x.get(i), y.get(i), 1e-13);
        }
    }

    /** A single Fourier mode cos(theta) times complex w comes back as Re(w e^{i theta}); unretained modes vanish. */
    @Test
    void singleModeMatchesClosedForm() {
        int ny = 8, nx = 8;
        SpectralConv conv = new SpectralConv(plans, ny, nx, 4, 3);
        double wr = 0.7, wi = -1.3;
        Tensor w = Tensor.zeros(DType.FLOAT32, conv.weightShape(1, 1));
        int kx = 2, ky = -1, row = 3; // retained row 3 of 4 is ky = -1
        w.set(2 * (row * 3 + kx), wr);
        w.set(2 * (row * 3 + kx) + 1, wi);
        Tensor x = Tensor.zeros(DType.FLOAT32, 1, 1, ny, nx);
        Tensor far = Tensor.zeros(DType.FLOAT32, 1, 1, ny, nx);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                x.set(j * nx + i, Math.cos(theta(kx, ky, i, j, nx, ny)));
                far.set(j * nx + i, Math.cos(theta(3, 2, i, j, nx, ny)));
            }
        }
        Tensor y = Tape.noGrad().spectralConv(conv, x, w);
        Tensor yFar = Tape.noGrad().spectralConv(conv, far, w);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double th = theta(kx, ky, i, j, nx, ny);
                assertEquals(wr * Math.cos(th) - wi * Math.sin(th), y.get(j * nx + i), 1e-5);
                assertEquals(0, yFar.get(j * nx + i), 1e-6);
            }
        }
    }

    private static double theta(int kx, int ky, int i, int j, int nx, int ny) {
        return 2 * Math.PI * ((double) kx * i / nx + (double) ky * j / ny);
    }

    @Test
    void rejectsBadModesAndShapes() {
        assertThrows(IllegalArgumentException.class, () -> new SpectralConv(plans, 8, 8, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> new SpectralConv(plans, 8, 8, 4, 6));
        assertThrows(IllegalArgumentException.class, () -> new SpectralConv(plans, 1, 8, 2, 2));
        SpectralConv conv = new SpectralConv(plans, 4, 4, 2, 2);
        Tensor w = Tensor.zeros(DType.FLOAT64, conv.weightShape(2, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tape.noGrad().spectralConv(conv, Tensor.zeros(DType.FLOAT64, 1, 2, 4, 6), w));
        assertEquals("spectralConv input must be [batch, cin, 4, 4], got [1, 2, 4, 6]", e.getMessage());
    }
}
