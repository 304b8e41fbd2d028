package org.operatorlab.operators.tensor;

/**
 * A flat array of float or double values behind a {@link Tensor}. Generic kernels read and write
 * through {@link #get}/{@link #set}/{@link #add} in double arithmetic; hot kernels (GEMM, spectral
 * convolution) take the primitive array itself.
 */
abstract sealed class Storage permits Storage.F32, Storage.F64 {
    abstract DType dtype();

    abstract int length();

    abstract double get(int i);

    abstract void set(int i, double v);

    abstract void add(int i, double v);

    /** Copies values [from, from + n) into dst[0, n) (block kernels compute in double). */
    abstract void read(int from, double[] dst, int n);

    /** Stores src[0, n) into values [from, from + n), rounded to this storage's type. */
    abstract void write(int from, double[] src, int n);

    /** Adds src[0, n) into values [from, from + n), as {@link #add} would one at a time. */
    abstract void accumulate(int from, double[] src, int n);

    /** Sets values [from, from + n) to v (rounded to this storage's type). */
    abstract void fill(int from, int n, double v);

    /** Sum of values [from, from + n) in double (four interleaved partial sums, a fixed order). */
    abstract double sum(int from, int n);

    static Storage allocate(DType dtype, int n) {
        return dtype == DType.FLOAT32 ? new F32(new float[n]) : new F64(new double[n]);
    }

    static final class F32 extends Storage {
        final float[] a;

        F32(float[] a) {
            this.a = a;
        }

        @Override DType dtype() { return DType.FLOAT32; }
        @Override int length() { return a.length; }
        @Override double get(int i) { return a[i]; }
        @Override void set(int i, double v) { a[i] = (float) v; }
        @Override void add(int i, double v) { a[i] += (float) v; }
        @Override void read(int from, double[] dst, int n) { for (int i = 0; i < n; i++) dst[i] = a[from + i]; }
        @Override void write(int from, double[] src, int n) { for (int i = 0; i < n; i++) a[from + i] = (float) src[i]; }
        @Override void accumulate(int from, double[] src, int n) { for (int i = 0; i < n; i++) a[from + i] += (float) src[i]; }
        @Override void fill(int from, int n, double v) { java.util.Arrays.fill(a, from, from + n, (float) v); }
        @Override double sum(int from, int n) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                s0 += a[from + i];
                s1 += a[from + i + 1];
                s2 += a[from + i + 2];
                s3 += a[from + i + 3];
            }
            for (; i < n; i++) {
                s0 += a[from + i];
            }
            return (s0 + s1) + (s2 + s3);
        }
    }

    static final class F64 extends Storage {
        final double[] a;

        F64(double[] a) {
            this.a = a;
        }

        @Override DType dtype() { return DType.FLOAT64; }
        @Override int length() { return a.length; }
        @Override double get(int i) { return a[i]; }
        @Override void set(int i, double v) { a[i] = v; }
        @Override void add(int i, double v) { a[i] += v; }
        @Override void read(int from, double[] dst, int n) { System.arraycopy(a, from, dst, 0, n); }
        @Override void write(int from, double[] src, int n) { System.arraycopy(src, 0, a, from, n); }
        @Override void accumulate(int from, double[] src, int n) { for (int i = 0; i < n; i++) a[from + i] += src[i]; }
        @Override void fill(int from, int n, double v) { java.util.Arrays.fill(a, from, from + n, v); }
        @Override double sum(int from, int n) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                s0 += a[from + i];
                s1 += a[from + i + 1];
                s2 += a[from + i + 2];
                s3 += a[from + i + 3];
            }
            for (; i < n; i++) {
                s0 += a[from + i];
            }
            return (s0 + s1) + (s2 + s3);
        }
    }
}
