package org.operatorlab.operators.fno;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * Tucker-factorised spectral weights: W = G x1 U_cin x2 U_cout x3 U_modesY x4 U_modesX with a real
 * core G [r1, r2, r3, r4, 2] (the complex pair stays in the core) and real factors U_i [dim_i, r_i].
 */
public final class TuckerSpectralWeights implements SpectralWeights {
    private final Parameter core;
    private final List<Parameter> factors;

    /** {@code factors} in axis order cin, cout, modesY, modesX; each [dim_i, r_i] matching the core. */
    public TuckerSpectralWeights(Parameter core, List<Parameter> factors) {
        int[] c = core.value().shape();
        if (c.length != 5 || c[4] != 2 || factors.size() != 4) {
            throw new IllegalArgumentException("Tucker weights need a core [r1, r2, r3, r4, 2] and 4 factors, got core "
                    + Arrays.toString(c) + " and " + factors.size() + " factors");
        }
        for (int i = 0; i < 4; i++) {
            Tensor u = factors.get(i).value();
            if (u.rank() != 2 || u.dim(1) != c[i]) {
                throw new IllegalArgumentException("Tucker factor " + i + " must be [dim, " + c[i] + "], got "
                        + Arrays.toString(u.shape()));
            }
        }
        this.core = core;
        this.factors = List.copyOf(factors);
    }

    static TuckerSpectralWeights random(String name, int[] shape, double share, double scale, DType dtype,
                                        SplittableRandom rng) {
        int[] ranks = ranksFor(shape, share);
        Tensor g = Tensor.zeros(dtype, ranks[0], ranks[1], ranks[2], ranks[3], 2);
        for (int i = 0; i < g.size(); i++) {
            g.set(i, scale * rng.nextGaussian());
        }
        List<Parameter> factors = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            Tensor u = Tensor.zeros(dtype, shape[a], ranks[a]);
            double sd = 1 / Math.sqrt(ranks[a]);   // keeps the entries of W at the size of the core's
            for (int i = 0; i < u.size(); i++) {
                u.set(i, sd * rng.nextGaussian());
            }
            factors.add(new Parameter(name + ".factor" + a, u));
        }
        return new TuckerSpectralWeights(new Parameter(name + ".core", g), factors);
    }

    /**
     * Ranks r_i = round(s dim_i) with the largest s whose parameter count stays within {@code share} of
     * the dense count; share 1 keeps full ranks.
     */
    static int[] ranksFor(int[] shape, double share) {
        if (share >= 1) {
            return Arrays.copyOf(shape, 4);
        }
        double budget = share * SpectralWeights.denseCount(shape);
        double lo = 0, hi = 1;
        for (int it = 0; it < 50; it++) {
            double mid = 0.5 * (lo + hi);
            if (count(shape, scaled(shape, mid)) <= budget) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return scaled(shape, lo);
    }

    private static int[] scaled(int[] shape, double s) {
        int[] r = new int[4];
        for (int i = 0; i < 4; i++) {
            r[i] = (int) Math.max(1, Math.min(shape[i], Math.round(s * shape[i])));
        }
        return r;
    }

    private static long count(int[] shape, int[] r) {
        long n = 2L * r[0] * r[1] * r[2] * r[3];
        for (int i = 0; i < 4; i++) {
            n += (long) shape[i] * r[i];
        }
        return n;
    }

    public int[] ranks() {
        return Arrays.copyOf(core.value().shape(), 4);
    }

    @Override
    public Tensor dense(Tape tape) {
        // contract the last axis with one factor, then rotate the new axis to the front; after the four
        // factors (modesX, modesY, cout, cin) the axes are back in [cin, cout, modesY, modesX, 2] order
        Tensor w = rotate(tape, core.value());
        for (int a = 3; a >= 0; a--) {
            w = rotate(tape, contractLast(tape, w, factors.get(a).value()));
        }
        return w;
    }

    /** x [..., r] times U [n, r]^T: [..., n]. */
    static Tensor contractLast(Tape tape, Tensor x, Tensor u) {
        int[] s = x.shape();
        int r = s[s.length - 1];
        Tensor y = tape.matmul(tape.reshape(x, x.size() / r, r), tape.transpose(u));
        s[s.length - 1] = u.dim(0);
        return tape.reshape(y, s);
    }

    /** Moves the last axis to the front. */
    static Tensor rotate(Tape tape, Tensor x) {
        int n = x.rank();
        int[] axes = new int[n];
        axes[0] = n - 1;
        for (int i = 1; i < n; i++) {
            axes[i] = i - 1;
        }
        return tape.permute(x, axes);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        all.add(core);
        all.addAll(factors);
        return all;
    }
}
