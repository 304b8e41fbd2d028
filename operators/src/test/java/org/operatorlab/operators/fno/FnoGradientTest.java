package org.operatorlab.operators.fno;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.GradientCheck;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.Normalization;
import org.operatorlab.operators.train.UnitGaussianNormalizer;
import org.operatorlab.solvers.fft.FftPlans;

class FnoGradientTest {
    private static final FftPlans PLANS = new FftPlans();

    private static FnoConfig tiny(Factorization f, double rank) {
        return new FnoConfig(3, 2, 2, 0.25, f, rank, 4);
    }

    private static Fno model(FnoConfig config, int dimension) {
        Fno fno = new Fno(config, dimension, 1, 1, DType.FLOAT64, 11, PLANS);
        // non-trivial normalisers so their encode/decode are part of the checked function
        fno.setNormalization(new Normalization(new UnitGaussianNormalizer(new double[] {0.3}, new double[] {1.7}),
                new UnitGaussianNormalizer(new double[] {-0.2}, new double[] {0.6})));
        return fno;
    }

    private static Tensor[] leaves(Fno fno, Tensor input) {
        List<Tensor> all = new ArrayList<>();
        for (Parameter p : fno.parameters()) {
            all.add(p.value());
        }
        all.add(input);
        return all.toArray(new Tensor[0]);
    }

    @Test
    void fno2dGradientsMatchFiniteDifferences() {
        Fno fno = model(tiny(Factorization.NONE, 1), 2);
        Tensor x = GradientCheck.random(new SplittableRandom(1), 2, 1, 6, 7);   // odd nx: padding makes it even
        GradientCheck.check(t -> fno.forward(t, x), 1e-5, leaves(fno, x));
    }

    @Test
    void linearPaddingGradientsMatchFiniteDifferences() {
        Fno fno2 = model(tiny(Factorization.NONE, 1).withPaddingMode(PaddingMode.LINEAR).withPeriodFor(7), 2);
        Tensor x2 = GradientCheck.random(new SplittableRandom(5), 2, 1, 6, 7);
        GradientCheck.check(t -> fno2.forward(t, x2), 1e-5, leaves(fno2, x2));
        Fno fno1 = model(tiny(Factorization.NONE, 1).withPaddingMode(PaddingMode.LINEAR), 1);
        Tensor x1 = GradientCheck.random(new SplittableRandom(6), 3, 1, 10);
        GradientCheck.check(t -> fno1.forward(t, x1), 1e-5, leaves(fno1, x1));
    }

    @Test
    void fno1dGradientsMatchFiniteDifferences() {
        Fno fno = model(tiny(Factorization.NONE, 1), 1);
        Tensor x = GradientCheck.random(new SplittableRandom(2), 3, 1, 10);
        GradientCheck.check(t -> fno.forward(t, x), 1e-5, leaves(fno, x));
    }

    @Test
    void tuckerGradientsReachCoreAndFactors() {
        Fno fno = model(tiny(Factorization.TUCKER, 0.5), 2);
        Tensor x = GradientCheck.random(new SplittableRandom(3), 2, 1, 6, 8);
        GradientCheck.check(t -> fno.forward(t, x), 1e-5, leaves(fno, x));
    }

    @Test
    void cpGradientsReachEveryFactor() {
        Fno fno = model(tiny(Factorization.CP, 0.5), 2);
        Tensor x = GradientCheck.random(new SplittableRandom(4), 2, 1, 6, 8);
        GradientCheck.check(t -> fno.forward(t, x), 1e-5, leaves(fno, x));
    }

    /** Copies parameters by name (the factorised model keeps the dense one's non-spectral names). */
    private static void copyShared(Fno from, Fno to) {
        Map<String, Tensor> byName = new HashMap<>();
        for (Parameter p : from.parameters()) {
            byName.put(p.name(), p.value());
        }
        for (Parameter p : to.parameters()) {
            Tensor src = byName.get(p.name());
            if (src != null && java.util.Arrays.equals(src.shape(), p.value().shape())) {
                p.value().assign(src);
            }
        }
    }

    @Test
    void fullRankTuckerWithIdentityFactorsReproducesTheDenseFno() {
        FnoConfig dense = new FnoConfig(4, 3, 2, 0.1, Factorization.NONE, 1, 8);
        Fno a = new Fno(dense, 2, 1, 1, DType.FLOAT64, 5, PLANS);
        Fno b = new Fno(dense.withFactorization(Factorization.TUCKER, 1), 2, 1, 1, DType.FLOAT64, 6, PLANS);
        copyShared(a, b);
        for (int l = 0; l < 2; l++) {
            List<Parameter> tucker = b.layers().get(l).spectral().parameters();
            tucker.get(0).value().assign(a.layers().get(l).spectral().dense(Tape.noGrad()));
            for (int f = 1; f <= 4; f++) {
                Tensor u = tucker.get(f).value();
                u.fill(0);
                for (int i = 0; i < u.dim(0); i++) {
                    u.set(i * u.dim(1) + i, 1);
                }
            }
        }
        Tensor x = GradientCheck.random(new SplittableRandom(7), 3, 1, 12, 10);
        double[] ya = a.predict(x).toDoubleArray(), yb = b.predict(x).toDoubleArray();
        assertArrayEquals(ya, yb, 1e-12 * maxAbs(ya));
        assertTrue(b.spectralParameterCount() > a.spectralParameterCount(), "full-rank Tucker stores more than dense");
    }

    @Test
    void cpModelEqualsTheDenseModelHoldingItsReconstructedWeights() {
        FnoConfig dense = new FnoConfig(4, 3, 2, 0, Factorization.NONE, 1, 8);
        Fno cp = new Fno(dense.withFactorization(Factorization.CP, 0.3), 2, 1, 1, DType.FLOAT64, 8, PLANS);
        Fno plain = new Fno(dense, 2, 1, 1, DType.FLOAT64, 9, PLANS);
        copyShared(cp, plain);
        for (int l = 0; l < 2; l++) {
            plain.layers().get(l).spectral().parameters().get(0).value().assign(cp.layers().get(l).spectral().dense(Tape.noGrad()));
        }
        Tensor x = GradientCheck.random(new SplittableRandom(10), 2, 1, 8, 8);
        double[] yc = cp.predict(x).toDoubleArray();
        assertArrayEquals(yc, plain.predict(x).toDoubleArray(), 1e-12 * maxAbs(yc));
    }

    @Test
    void rankSettingControlsTheParameterCount() {
        int[] shape = {16, 16, 12, 6, 2};
        long dense = SpectralWeights.denseCount(shape);
        for (double share : new double[] {0.05, 0.2}) {
            SpectralWeights tucker = SpectralWeights.create("t", Factorization.TUCKER, share, shape, DType.FLOAT32,
                    new SplittableRandom(1));
            SpectralWeights cp = SpectralWeights.create("c", Factorization.CP, share, shape, DType.FLOAT32, new SplittableRandom(1));
            assertTrue(tucker.parameterCount() <= share * dense && tucker.parameterCount() > 0.5 * share * dense,
                    "Tucker share " + share + ": " + tucker.parameterCount() + " of " + dense);
            assertTrue(cp.parameterCount() <= share * dense && cp.parameterCount() > 0.9 * share * dense,
                    "CP share " + share + ": " + cp.parameterCount() + " of " + dense);
            // reconstructed entries keep the paper's scale 1/(cin cout) in size
            double rms = rms(tucker.dense(Tape.noGrad()));
            assertTrue(rms > 0.2 / 256 && rms < 5.0 / 256, "Tucker weight rms " + rms);
            rms = rms(cp.dense(Tape.noGrad()));
            assertTrue(rms > 0.2 / 256 && rms < 5.0 / 256, "CP weight rms " + rms);
        }
    }

    @Test
    void gridTooSmallForTheModesIsRefusedInOneLine() {
        Fno fno = new Fno(new FnoConfig(4, 6, 1, 0, Factorization.NONE, 1, 8), 2, 1, 1, DType.FLOAT32, 1, PLANS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fno.predict(Tensor.zeros(DType.FLOAT32, 1, 1, 8, 8)));
        assertEquals("FNO with 6 modes needs a (padded) grid of at least 12 x 10 points, got 8 x 8", e.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> fno.predict(Tensor.zeros(DType.FLOAT32, 1, 2, 16, 16)));
        assertTrue(shape.getMessage().startsWith("FNO (2D, 1 input channels) takes [batch, 1, ny, nx]"), shape.getMessage());
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    private static double rms(Tensor t) {
        double s = 0;
        for (int i = 0; i < t.size(); i++) {
            s += t.get(i) * t.get(i);
        }
        return Math.sqrt(s / t.size());
    }
}
