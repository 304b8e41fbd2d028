package org.operatorlab.operators.fno;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.solvers.fft.FftPlans;

/**
 * Resolution consistency of one FNO evaluated on nested grids (17, 33, 65 nodes per axis): on a smooth
 * input its outputs at the shared nodes should converge as the grid is refined. The spectral weights
 * are scaled up so that the Fourier path matters as much as it does in a trained model (at their
 * initial scale the skip path hides it).
 */
class FnoResolutionTest {
    private static final FftPlans PLANS = new FftPlans();
    private static final int[] NODES = {17, 33, 65};

    @Test
    void periodFixedOnTheTrainingGridScalesWithRefinement() {
        FnoConfig fixed = new FnoConfig(8, 4, 1, 0.1).withPeriodFor(33);
        assertEquals(1.125, fixed.period(), 0);
        assertEquals(36, fixed.paddedLength(33, true));
        assertEquals(72, fixed.paddedLength(65, true));
        assertEquals(144, fixed.paddedLength(129, true));
        FnoConfig perGrid = new FnoConfig(8, 4, 1, 0.1);
        assertEquals(36, perGrid.paddedLength(33, true));
        assertEquals(142, perGrid.paddedLength(129, true), "the per-grid rule's period drifts: 142/128 != 36/32");
        assertEquals(17, new FnoConfig(8, 4, 1, 0).paddedLength(17, false), "no padding, no period");
        assertEquals(66.0 / 32, new FnoConfig(8, 4, 1, 1.0).withPeriodFor(33).period(), 0, "full padding: period over 2");
    }

    @Test
    void linearPaddingConvergesUnderRefinementAndZeroPaddingLags() {
        double[] linear = sharedNodeDifferences(PaddingMode.LINEAR);
        double[] zero = sharedNodeDifferences(PaddingMode.ZERO);
        // linear padding: a continuous periodic extension; the differences fall like h^2 (measured 4.1x per halving)
        assertTrue(linear[1] < linear[0] / 2.8, "linear padding: 17->33 " + linear[0] + ", 33->65 " + linear[1]);
        // zero padding puts a jump at the domain edge whose FFT changes with h (measured: 22x the linear difference)
        assertTrue(zero[1] > 5 * linear[1], "zero " + zero[1] + " vs linear " + linear[1] + " (33->65)");
    }

    /** Relative differences of the outputs on the 17-node grid's nodes: [17 vs 33, 33 vs 65]. */
    private static double[] sharedNodeDifferences(PaddingMode mode) {
        Fno fno = new Fno(new FnoConfig(8, 4, 3, 0.1).withPaddingMode(mode).withPeriodFor(17), 2, 1, 1, DType.FLOAT64, 5, PLANS);
        for (Parameter p : fno.parameters()) {
            if (p.name().contains("spectral")) {
                Tensor w = p.value();
                for (int i = 0; i < w.size(); i++) {
                    w.set(i, 40 * w.get(i));
                }
            }
        }
        double[][] out = new double[NODES.length][];
        for (int r = 0; r < NODES.length; r++) {
            int n = NODES[r], stride = (n - 1) / 16;
            double[] a = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double x = (double) j / (n - 1), y = (double) i / (n - 1);
                    a[i * n + j] = 1 + 0.5 * Math.sin(2 * Math.PI * x + 0.3) * Math.cos(3 * Math.PI * y) + x * y;
                }
            }
            double[] p = fno.predict(Tensor.of(a, 1, 1, n, n)).toDoubleArray();
            out[r] = new double[17 * 17];
            for (int i = 0; i < 17; i++) {
                for (int j = 0; j < 17; j++) {
                    out[r][i * 17 + j] = p[i * stride * n + j * stride];
                }
            }
        }
        return new double[] {relative(out[0], out[1]), relative(out[1], out[2])};
    }

    private static double relative(double[] a, double[] b) {
        double d = 0, n = 0;
        for (int i = 0; i < a.length; i++) {
            d += (a[i] - b[i]) * (a[i] - b[i]);
            n += b[i] * b[i];
        }
        return Math.sqrt(d / n);
    }
}
