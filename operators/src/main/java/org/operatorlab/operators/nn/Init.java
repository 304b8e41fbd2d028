package org.operatorlab.operators.nn;

import java.util.SplittableRandom;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;

/** Weight initialisers; the caller's seeded generator makes runs reproducible. */
public final class Init {
    private Init() {
    }

    /** Glorot (Xavier) uniform: U(-a, a), a = sqrt(6 / (fanIn + fanOut)); suits tanh. */
    public static Tensor glorotUniform(SplittableRandom rng, DType dtype, int fanIn, int fanOut, int... shape) {
        return uniform(rng, dtype, Math.sqrt(6.0 / (fanIn + fanOut)), shape);
    }

    /** He (Kaiming) normal: N(0, 2 / fanIn); suits ReLU/GELU. */
    public static Tensor heNormal(SplittableRandom rng, DType dtype, int fanIn, int... shape) {
        Tensor t = Tensor.zeros(dtype, shape);
        double sd = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, sd * rng.nextGaussian());
        }
        return t;
    }

    /** U(-a, a). */
    public static Tensor uniform(SplittableRandom rng, DType dtype, double a, int... shape) {
        Tensor t = Tensor.zeros(dtype, shape);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, rng.nextDouble(-a, a));
        }
        return t;
    }
}
