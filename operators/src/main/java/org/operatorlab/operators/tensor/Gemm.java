package org.operatorlab.operators.tensor;

/**
 * Dense matrix products for the neural engines: row-major contiguous matrices given as (array,
 * offset), results <em>added</em> into C. {@code nn}: C[m x n] += A[m x k] B[k x n];
 * {@code nt}: C[m x n] += A[m x k] B[n x k]<sup>T</sup>. Products with A<sup>T</sup> go through
 * {@link #transpose}.
 *
 * <p>Float32 uses a register-tiled Vector API kernel when the {@code jdk.incubator.vector} module is
 * present at run time ({@code --add-modules jdk.incubator.vector}), else the plain loops; float64
 * always uses the plain loops. Work is split over threads by output columns ({@code nn}; by rows when
 * there are too few columns to share) or output rows ({@code nt}), so each output element is computed
 * by the same instructions whatever the thread count: threaded results equal single-threaded ones bit
 * for bit. Instances are immutable.
 */
public final class Gemm {
    /** Which inner kernel to use. */
    public enum Kernel { PLAIN, VECTOR }

    private static final boolean VECTOR_AVAILABLE =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** Columns below which a product is split by rows rather than columns (48 = the SIMD panel on AVX-512). */
    private static final int PANEL_COLUMNS = 48;

    private final Kernel kernel;
    private final int threads;

    public Gemm(Kernel kernel, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("GEMM thread count must be >= 1, got " + threads);
        }
        if (kernel == Kernel.VECTOR && !VECTOR_AVAILABLE) {
            throw new IllegalStateException("Vector API GEMM needs the JVM option --add-modules jdk.incubator.vector");
        }
        this.kernel = kernel;
        this.threads = threads;
    }

    /** The fastest kernel available on all cores. */
    public static Gemm defaults() {
        return new Gemm(VECTOR_AVAILABLE ? Kernel.VECTOR : Kernel.PLAIN, Runtime.getRuntime().availableProcessors());
    }

    public static boolean vectorAvailable() { return VECTOR_AVAILABLE; }
    public Kernel kernel() { return kernel; }
    public int threads() { return threads; }

    public Gemm withThreads(int t) {
        return new Gemm(kernel, t);
    }

    /** This kernel on the calling thread only. */
    private Gemm single() {
        return threads == 1 ? this : new Gemm(kernel, 1);
    }

    public void nn(int m, int n, int k, float[] a, int ao, float[] b, int bo, float[] c, int co) {
        check(m, n, k, a.length - ao, b.length - bo, c.length - co, (long) m * k, (long) k * n);
        int t = Parallel.threadsFor(threads, 2L * m * n * k);
        if (t > 1 && n < 2 * t * PANEL_COLUMNS && m >= 16 * t) {
            // too few columns to share: split the rows, in whole 8-row tiles
            Parallel.forRange(t, m, 8, (i0, i1) -> single().nn(i1 - i0, n, k, a, ao + i0 * k, b, bo, c, co + i0 * n));
            return;
        }
        if (kernel == Kernel.VECTOR) {
            Parallel.forRange(t, n, VectorGemm.PANEL, (j0, j1) -> VectorGemm.nn(m, n, k, a, ao, b, bo, c, co, j0, j1));
        } else {
            Parallel.forRange(t, n, 64, (j0, j1) -> PlainGemm.nn(m, n, k, a, ao, b, bo, c, co, j0, j1));
        }
    }

    public void nn(int m, int n, int k, double[] a, int ao, double[] b, int bo, double[] c, int co) {
        check(m, n, k, a.length - ao, b.length - bo, c.length - co, (long) m * k, (long) k * n);
        int t = Parallel.threadsFor(threads, 2L * m * n * k);
        if (t > 1 && n < 2 * t * PANEL_COLUMNS && m >= 16 * t) {
            Parallel.forRange(t, m, 8, (i0, i1) -> single().nn(i1 - i0, n, k, a, ao + i0 * k, b, bo, c, co + i0 * n));
            return;
        }
        Parallel.forRange(t, n, 64, (j0, j1) -> PlainGemm.nn(m, n, k, a, ao, b, bo, c, co, j0, j1));
    }

    public void nt(int m, int n, int k, float[] a, int ao, float[] b, int bo, float[] c, int co) {
        check(m, n, k, a.length - ao, b.length - bo, c.length - co, (long) m * k, (long) n * k);
        int t = Parallel.threadsFor(threads, 2L * m * n * k);
        if (kernel == Kernel.VECTOR) {
            Parallel.forRange(t, m, 2, (i0, i1) -> VectorGemm.nt(m, n, k, a, ao, b, bo, c, co, i0, i1));
        } else {
            Parallel.forRange(t, m, 1, (i0, i1) -> PlainGemm.nt(m, n, k, a, ao, b, bo, c, co, i0, i1));
        }
    }

    public void nt(int m, int n, int k, double[] a, int ao, double[] b, int bo, double[] c, int co) {
        check(m, n, k, a.length - ao, b.length - bo, c.length - co, (long) m * k, (long) n * k);
        int t = Parallel.threadsFor(threads, 2L * m * n * k);
        Parallel.forRange(t, m, 1, (i0, i1) -> PlainGemm.nt(m, n, k, a, ao, b, bo, c, co, i0, i1));
    }

    /** out[cols x rows] = in[rows x cols]<sup>T</sup>. */
    public static void transpose(int rows, int cols, float[] in, int io, float[] out, int oo) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[oo + c * rows + r] = in[io + r * cols + c];
            }
        }
    }

    public static void transpose(int rows, int cols, double[] in, int io, double[] out, int oo) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[oo + c * rows + r] = in[io + r * cols + c];
            }
        }
    }

    private static void check(int m, int n, int k, int aLen, int bLen, int cLen, long aNeed, long bNeed) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("GEMM sizes must be >= 0, got m=" + m + " n=" + n + " k=" + k);
        }
        if (aLen < aNeed || bLen < bNeed || cLen < (long) m * n) {
            throw new IllegalArgumentException("GEMM m=" + m + " n=" + n + " k=" + k + " needs " + aNeed + ", "
                    + bNeed + ", " + (long) m * n + " values after the offsets, got " + aLen + ", " + bLen + ", " + cLen);
        }
    }
}
