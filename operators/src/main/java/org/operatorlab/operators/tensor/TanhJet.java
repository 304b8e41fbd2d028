package org.operatorlab.operators.tensor;

/**
 * tanh applied to a Taylor jet: forward-mode propagation of input derivatives through one
 * activation, recorded as a single tape node so the loss stays differentiable in the weights.
 *
 * <p>The pre-activation {@code z} is stacked as streams {@code [S, N, W]} with S = 1 + first + second:
 * stream 0 holds the values (bias not yet added), streams 1..first the derivatives ∂z/∂x_d, and the
 * last {@code second} streams the pure second derivatives ∂²z/∂x_k² for k = 0..second-1. With
 * h = tanh(z0 + b), s = 1 - h²:
 * <pre>
 *   h_d  = s z_d
 *   h_kk = s z_kk - 2 h s z_k²
 * </pre>
 * One fused pass instead of a dozen elementwise nodes: the PINN loss evaluates this per hidden layer
 * on every optimiser step.
 */
public final class TanhJet {
    private TanhJet() {
    }

    /**
     * @param z float64 [1 + first + second, N, W] stacked pre-activation jet (not modified)
     * @param bias float64 [W], added to the value stream only
     * @param first number of first-derivative streams
     * @param second number of second-derivative streams (second ≤ first)
     * @return the activated jet, same layout
     */
    public static Tensor apply(Tape tape, Tensor z, Tensor bias, int first, int second) {
        int[] shape = z.shape();
        int streams = 1 + first + second;
        if (shape.length != 3 || shape[0] != streams || second > first || second < 0 || first < 0) {
            throw new IllegalArgumentException("tanh jet needs z [" + streams + ", N, W] with second <= first, got "
                    + Shapes.text(shape) + " first=" + first + " second=" + second);
        }
        int w = shape[2];
        if (bias.rank() != 1 || bias.dim(0) != w || z.dtype() != DType.FLOAT64 || bias.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException("tanh jet needs float64 z and bias [" + w + "], got " + z + " and " + bias);
        }
        int block = shape[1] * w;
        double[] zs = z.f64();
        int zo = z.offset();
        double[] bs = bias.f64();
        int bo = bias.offset();
        Tensor out = Tensor.zeros(DType.FLOAT64, shape);
        double[] o = out.f64();
        int threads = Parallel.threadsFor(Runtime.getRuntime().availableProcessors(), 10L * block * streams);
        Parallel.forRange(threads, shape[1], 1, (from, to) -> {
            for (int i = from * w; i < to * w; i++) {
                double h = Math.tanh(zs[zo + i] + bs[bo + i % w]);
                double s = 1 - h * h;
                o[i] = h;
                for (int d = 1; d <= first; d++) {
                    o[d * block + i] = s * zs[zo + d * block + i];
                }
                for (int k = 0; k < second; k++) {
                    double zk = zs[zo + (1 + k) * block + i];
                    int p = (1 + first + k) * block + i;
                    o[p] = s * zs[zo + p] - 2 * h * s * zk * zk;
                }
            }
        });
        return tape.record(out, g -> backward(g, z, bias, out, first, second, block, w, threads), z, bias);
    }

    private static void backward(Tensor g, Tensor z, Tensor bias, Tensor out, int first, int second, int block, int w,
                                 int threads) {
        double[] gs = g.f64();
        int go = g.offset();
        double[] zs = z.f64();
        int zo = z.offset();
        double[] o = out.f64();
        boolean wantZ = Tape.wants(z), wantB = Tape.wants(bias);
        double[] gz = wantZ ? z.gradBuffer().f64() : null;
        double[] g0 = new double[block];
        Parallel.forRange(threads, block / w, 1, (from, to) -> {
            for (int i = from * w; i < to * w; i++) {
                double h = o[i];
                double s = 1 - h * h;
                double ds = -2 * h * s;                    // d s / d z0
                double dc = -2 * s * s + 4 * h * h * s;    // d (-2 h s) / d z0
                double acc = gs[go + i] * s;
                for (int d = 1; d <= first; d++) {
                    double gd = gs[go + d * block + i];
                    acc += gd * zs[zo + d * block + i] * ds;
                    if (wantZ) {
                        gz[d * block + i] += gd * s;
                    }
                }
                for (int k = 0; k < second; k++) {
                    int p = (1 + first + k) * block + i;
                    int q = (1 + k) * block + i;
                    double gk = gs[go + p];
                    double zk = zs[zo + q];
                    acc += gk * (zs[zo + p] * ds + zk * zk * dc);
                    if (wantZ) {
                        gz[q] += gk * (-2 * h * s) * 2 * zk;
                        gz[p] += gk * s;
                    }
                }
                g0[i] = acc;
                if (wantZ) {
                    gz[i] += acc;
                }
            }
        });
        if (wantB) {
            double[] gb = bias.gradBuffer().f64();
            for (int i = 0; i < block; i++) {
                gb[i % w] += g0[i];
            }
        }
    }
}
