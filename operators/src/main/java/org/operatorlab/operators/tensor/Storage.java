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

    /** Sum of values [from, from + n) in double, in index order. */
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
        @Override double sum(int from, int n) { double s = 0; for (int i = 0; i < n; i++) s += a[from + i]; return s; }
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
        @Override double sum(int from, int n) { double s = 0; for (int i = 0; i < n; i++) s += a[from + i]; return s; }
    }
}
