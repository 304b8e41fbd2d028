package org.operatorlab.operators.tensor;

/**
 * Strided copies between the primitive arrays behind tensors of one dtype: the layout changes of the
 * spectral convolution (planes to modes and back) are runs of these. dst[d + i ds] = scale src[s + i ss].
 */
final class Strided {
    private Strided() {
    }

    static void copy(Tensor src, int s, int ss, Tensor dst, int d, int ds, int n) {
        if (src.dtype() == DType.FLOAT32) {
            copy(src.f32(), s, ss, dst.f32(), d, ds, n, 1);
        } else {
            copy(src.f64(), s, ss, dst.f64(), d, ds, n, 1);
        }
    }

    static void copy(float[] src, int s, int ss, float[] dst, int d, int ds, int n, float scale) {
        if (ss == 1 && ds == 1 && scale == 1) {
            System.arraycopy(src, s, dst, d, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            dst[d + i * ds] = scale * src[s + i * ss];
        }
    }

    static void copy(double[] src, int s, int ss, double[] dst, int d, int ds, int n, double scale) {
        if (ss == 1 && ds == 1 && scale == 1) {
            System.arraycopy(src, s, dst, d, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            dst[d + i * ds] = scale * src[s + i * ss];
        }
    }

    /** dst[i] += src[i] over src's values (both at offset 0 of same-dtype storage). */
    static void accumulate(Tensor src, Tensor dst) {
        int n = src.size();
        if (src.dtype() == DType.FLOAT32) {
            float[] s = src.f32(), d = dst.f32();
            for (int i = 0; i < n; i++) {
                d[i] += s[i];
            }
        } else {
            double[] s = src.f64(), d = dst.f64();
            for (int i = 0; i < n; i++) {
                d[i] += s[i];
            }
        }
    }
}
