package org.operatorlab.operators.fno;

import java.util.List;
import java.util.SplittableRandom;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * CP-factorised spectral weights: W[i,j,k,l,c] = sum_r A[i,r] B[j,r] C[k,r] D[l,r] E[c,r] with factors
 * for cin, cout, modesY, modesX and the (re, im) pair. Rebuilt as (A kr B) (C kr D kr E)^T, where kr is
 * the column-wise Khatri-Rao product, so the largest temporary is the dense weight itself.
 */
public final class CpSpectralWeights implements SpectralWeights {
    private final List<Parameter> factors;
    private final int rank;

    /** Five factors [dim, R] in the order cin, cout, modesY, modesX, 2. */
    public CpSpectralWeights(List<Parameter> factors) {
        if (factors.size() != 5 || factors.get(4).value().dim(0) != 2) {
            throw new IllegalArgumentException("CP weights need 5 factors [dim, R], the last [2, R], got " + factors);
        }
        this.rank = factors.get(0).value().dim(1);
        for (Parameter f : factors) {
            if (f.value().rank() != 2 || f.value().dim(1) != rank) {
                throw new IllegalArgumentException("CP factor " + f + " must be [dim, " + rank + "]");
            }
        }
        this.factors = List.copyOf(factors);
    }

    static CpSpectralWeights random(String name, int[] shape, double share, double scale, DType dtype,
                                    SplittableRandom rng) {
        int r = rankFor(shape, share);
        // each entry of W sums R products of 5 factors: sd^10 R = scale^2
        double sd = Math.pow(scale * scale / r, 0.1);
        Parameter[] f = new Parameter[5];
        for (int a = 0; a < 5; a++) {
            Tensor t = Tensor.zeros(dtype, shape[a], r);
            for (int i = 0; i < t.size(); i++) {
                t.set(i, sd * rng.nextGaussian());
            }
            f[a] = new Parameter(name + ".factor" + a, t);
        }
        return new CpSpectralWeights(List.of(f));
    }

    /** The largest rank whose factors fit in {@code share} of the dense count (at least 1). */
    static int rankFor(int[] shape, double share) {
        long perRank = 0;
        for (int d : shape) {
            perRank += d;
        }
        return (int) Math.max(1, Math.floor(share * SpectralWeights.denseCount(shape) / perRank));
    }

    public int rank() { return rank; }

    @Override
    public Tensor dense(Tape tape) {
        Tensor a = factors.get(0).value(), b = factors.get(1).value(), c = factors.get(2).value(),
                d = factors.get(3).value(), e = factors.get(4).value();
        int cin = a.dim(0), cout = b.dim(0), my = c.dim(0), mx = d.dim(0);
        Tensor ab = tape.reshape(khatriRao(tape, a, b), cin * cout, rank);
        Tensor cd = tape.reshape(khatriRao(tape, c, d), my * mx, rank);
        Tensor cde = tape.reshape(khatriRao(tape, cd, e), my * mx * 2, rank);
        Tensor w = tape.matmul(ab, tape.transpose(cde));
        return tape.reshape(w, cin, cout, my, mx, 2);
    }

    /** [m, R] kr [n, R] = [m, n, R] with entries x[i,r] y[j,r]. */
    private Tensor khatriRao(Tape tape, Tensor x, Tensor y) {
        return tape.mul(tape.reshape(x, x.dim(0), 1, rank), tape.reshape(y, 1, y.dim(0), rank));
    }

    @Override
    public List<Parameter> parameters() { return factors; }
}
