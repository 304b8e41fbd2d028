package org.operatorlab.operators.tensor;

/** Routes a tensor GEMM to the float or double kernel (offsets are absolute positions in storage). */
final class Products {
    private Products() {
    }

    static void nn(Gemm gemm, int m, int n, int k, Tensor a, int ao, Tensor b, int bo, Tensor c, int co) {
        if (c.dtype() == DType.FLOAT32) {
            gemm.nn(m, n, k, a.f32(), ao, b.f32(), bo, c.f32(), c.offset() + co);
        } else {
            gemm.nn(m, n, k, a.f64(), ao, b.f64(), bo, c.f64(), c.offset() + co);
        }
    }

    static void nt(Gemm gemm, int m, int n, int k, Tensor a, int ao, Tensor b, int bo, Tensor c, int co) {
        if (c.dtype() == DType.FLOAT32) {
            gemm.nt(m, n, k, a.f32(), ao, b.f32(), bo, c.f32(), c.offset() + co);
        } else {
            gemm.nt(m, n, k, a.f64(), ao, b.f64(), bo, c.f64(), c.offset() + co);
        }
    }

    /** out (offset 0, [cols x rows]) = a[rows x cols] starting at ao. */
    static void transpose(int rows, int cols, Tensor a, int ao, Tensor out) {
        if (out.dtype() == DType.FLOAT32) {
            Gemm.transpose(rows, cols, a.f32(), ao, out.f32(), out.offset());
        } else {
            Gemm.transpose(rows, cols, a.f64(), ao, out.f64(), out.offset());
        }
    }
}
