package org.operatorlab.solvers.linalg;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * An immutable sparse matrix in compressed sparse row form: row {@code i} holds the entries
 * {@code values[k]} at columns {@code columnIndices[k]} for {@code rowPointers[i] <= k < rowPointers[i+1]},
 * columns strictly increasing within a row.
 *
 * <p>{@link #apply} runs on the ForkJoin common pool when the matrix has at least
 * {@link #PARALLEL_NONZEROS} entries (below that, forking costs more than it saves); rows are split into
 * blocks of equal non-zero count. The accessors return the internal arrays for speed: do not modify them.
 */
public final class CsrMatrix implements LinearOperator {
    /** Non-zero count from which {@link #apply} uses several threads (a 5-point 127² matrix, 80k entries, stays serial). */
    public static final int PARALLEL_NONZEROS = 400_000;

    private final int rows;
    private final int cols;
    private final int[] rowPointers;
    private final int[] columnIndices;
    private final double[] values;

    private CsrMatrix(int rows, int cols, int[] rowPointers, int[] columnIndices, double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.rowPointers = rowPointers;
        this.columnIndices = columnIndices;
        this.values = values;
    }

    /**
     * Wraps CSR arrays after checking them (pointers monotone, columns in range and strictly increasing
     * per row). The arrays are taken over, not copied, unless longer than the non-zero count: then they
     * are trimmed, so {@link #columnIndices()} and {@link #values()} always have length {@link #nonZeros()}.
     */
    public static CsrMatrix of(int rows, int cols, int[] rowPointers, int[] columnIndices, double[] values) {
        checkShape(rows, cols);
        if (rowPointers.length != rows + 1 || rowPointers[0] != 0) {
            throw new IllegalArgumentException("CSR row pointers: expected length " + (rows + 1)
                    + " starting at 0, got length " + rowPointers.length);
        }
        int nnz = rowPointers[rows];
        if (columnIndices.length < nnz || values.length < nnz) {
            throw new IllegalArgumentException("CSR arrays shorter than rowPointers[rows] = " + nnz);
        }
        for (int i = 0; i < rows; i++) {
            int start = rowPointers[i];
            int end = rowPointers[i + 1];
            if (end < start) {
                throw new IllegalArgumentException("CSR row pointers decrease at row " + i);
            }
            for (int k = start; k < end; k++) {
                int c = columnIndices[k];
                if (c < 0 || c >= cols) {
                    throw new IllegalArgumentException("CSR column " + c + " out of range [0, " + cols + ") in row " + i);
                }
                if (k > start && c <= columnIndices[k - 1]) {
                    throw new IllegalArgumentException("CSR columns not strictly increasing in row " + i);
                }
            }
        }
        return new CsrMatrix(rows, cols, rowPointers,
                columnIndices.length == nnz ? columnIndices : Arrays.copyOf(columnIndices, nnz),
                values.length == nnz ? values : Arrays.copyOf(values, nnz));
    }

    /**
     * Builds a matrix from coordinate triplets (i[k], j[k], v[k]); duplicates are summed (as FEM assembly
     * needs). Entries that sum to zero are kept, so the sparsity pattern does not depend on values.
     */
    public static CsrMatrix fromTriplets(int rows, int cols, int[] i, int[] j, double[] v) {
        checkShape(rows, cols);
        int n = i.length;
        if (j.length != n || v.length != n) {
            throw new IllegalArgumentException("triplet arrays differ in length: i " + n + ", j " + j.length + ", v " + v.length);
        }
        int[] count = new int[rows + 1];
        for (int k = 0; k < n; k++) {
            if (i[k] < 0 || i[k] >= rows || j[k] < 0 || j[k] >= cols) {
                throw new IllegalArgumentException("triplet " + k + " at (" + i[k] + ", " + j[k] + ") outside "
                        + rows + " x " + cols);
            }
            count[i[k] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            count[r + 1] += count[r];
        }
        // Bucket by row (stable), then sort each row by column and merge duplicates in place.
        int[] next = Arrays.copyOf(count, rows);
        int[] col = new int[n];
        double[] val = new double[n];
        for (int k = 0; k < n; k++) {
            int p = next[i[k]]++;
            col[p] = j[k];
            val[p] = v[k];
        }
        int[] rowPointers = new int[rows + 1];
        int out = 0;
        for (int r = 0; r < rows; r++) {
            int start = count[r];
            int end = count[r + 1];
            sortByColumn(col, val, start, end);
            int rowStart = out;
            for (int k = start; k < end; k++) {
                if (out > rowStart && col[out - 1] == col[k]) {
                    val[out - 1] += val[k];
                } else {
                    col[out] = col[k];
                    val[out] = val[k];
                    out++;
                }
            }
            rowPointers[r + 1] = out;
        }
        return new CsrMatrix(rows, cols, rowPointers, Arrays.copyOf(col, out), Arrays.copyOf(val, out));
    }

    /**
     * The same matrix without its off-diagonal entries that are exactly zero (diagonal entries stay, so
     * preconditioners find them). P1 stiffness on right triangles has such entries on every hypotenuse
     * (cot 90° = 0): on a structured triangulation they are 2 of the 7 entries per row, and every product
     * and triangular solve would read them for nothing. Returns this matrix when there is nothing to drop.
     */
    public CsrMatrix withoutZeros() {
        int dropped = 0;
        for (int i = 0; i < rows; i++) {
            for (int k = rowPointers[i]; k < rowPointers[i + 1]; k++) {
                dropped += values[k] == 0 && columnIndices[k] != i ? 1 : 0;
            }
        }
        if (dropped == 0) {
            return this;
        }
        int[] ptr = new int[rows + 1];
        int[] col = new int[nonZeros() - dropped];
        double[] val = new double[col.length];
        int out = 0;
        for (int i = 0; i < rows; i++) {
            for (int k = rowPointers[i]; k < rowPointers[i + 1]; k++) {
                if (values[k] != 0 || columnIndices[k] == i) {
                    col[out] = columnIndices[k];
                    val[out++] = values[k];
                }
            }
            ptr[i + 1] = out;
        }
        return new CsrMatrix(rows, cols, ptr, col, val);
    }

    /** Insertion sort: rows are short (5-10 entries for FD/FEM stencils). */
    private static void sortByColumn(int[] col, double[] val, int start, int end) {
        if (end - start > 32) {
            Integer[] idx = new Integer[end - start];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = start + k;
            }
            Arrays.sort(idx, (a, b) -> Integer.compare(col[a], col[b]));
            int[] c = new int[idx.length];
            double[] v = new double[idx.length];
            for (int k = 0; k < idx.length; k++) {
                c[k] = col[idx[k]];
                v[k] = val[idx[k]];
            }
            System.arraycopy(c, 0, col, start, c.length);
            System.arraycopy(v, 0, val, start, v.length);
            return;
        }
        for (int k = start + 1; k < end; k++) {
            int c = col[k];
            double x = val[k];
            int m = k - 1;
            while (m >= start && col[m] > c) {
                col[m + 1] = col[m];
                val[m + 1] = val[m];
                m--;
            }
            col[m + 1] = c;
            val[m + 1] = x;
        }
    }

    private static void checkShape(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("matrix shape must be non-negative, got " + rows + " x " + cols);
        }
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public int nonZeros() { return rowPointers[rows]; }
    public int[] rowPointers() { return rowPointers; }
    public int[] columnIndices() { return columnIndices; }
    public double[] values() { return values; }

    /** Square matrices only: the operator size. */
    @Override
    public int size() {
        if (rows != cols) {
            throw new IllegalStateException("a " + rows + " x " + cols + " matrix is not a square operator");
        }
        return rows;
    }

    /** Entry (i, j), zero when not stored. O(log row length). */
    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("(" + i + ", " + j + ") outside " + rows + " x " + cols);
        }
        int k = Arrays.binarySearch(columnIndices, rowPointers[i], rowPointers[i + 1], j);
        return k >= 0 ? values[k] : 0.0;
    }

    /** Index into {@link #values()} of entry (i, j), or -1 when it is not stored. */
    public int indexOf(int i, int j) {
        int k = Arrays.binarySearch(columnIndices, rowPointers[i], rowPointers[i + 1], j);
        return k >= 0 ? k : -1;
    }

    /** The main diagonal (zeros where not stored), a fresh array of length min(rows, cols). */
    public double[] diagonal() {
        double[] d = new double[Math.min(rows, cols)];
        for (int i = 0; i < d.length; i++) {
            d[i] = get(i, i);
        }
        return d;
    }

    public CsrMatrix transpose() {
        int nnz = nonZeros();
        int[] ptr = new int[cols + 1];
        for (int k = 0; k < nnz; k++) {
            ptr[columnIndices[k] + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            ptr[c + 1] += ptr[c];
        }
        int[] next = Arrays.copyOf(ptr, cols);
        int[] col = new int[nnz];
        double[] val = new double[nnz];
        // Visiting rows in order leaves each transposed row sorted.
        for (int r = 0; r < rows; r++) {
            for (int k = rowPointers[r]; k < rowPointers[r + 1]; k++) {
                int p = next[columnIndices[k]]++;
                col[p] = r;
                val[p] = values[k];
            }
        }
        return new CsrMatrix(cols, rows, ptr, col, val);
    }

    /** y = A x; multi-threaded on the common pool above {@link #PARALLEL_NONZEROS}. */
    @Override
    public void apply(double[] x, double[] y) {
        if (nonZeros() >= PARALLEL_NONZEROS && ForkJoinPool.getCommonPoolParallelism() > 1) {
            applyParallel(x, y, ForkJoinPool.commonPool());
        } else {
            applySerial(x, y);
        }
    }

    /** y = A x and x · y; fused in one pass when the product runs serially. */
    @Override
    public double applyDot(double[] x, double[] y) {
        size(); // x · y needs a square matrix
        if (nonZeros() >= PARALLEL_NONZEROS && ForkJoinPool.getCommonPoolParallelism() > 1) {
            applyParallel(x, y, ForkJoinPool.commonPool());
            return Vectors.dot(x, y);
        }
        checkApply(x, y);
        int[] ptr = rowPointers;
        int[] col = columnIndices;
        double[] val = values;
        double dot = 0;
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int k = ptr[i], end = ptr[i + 1]; k < end; k++) {
                s += val[k] * x[col[k]];
            }
            y[i] = s;
            dot += x[i] * s;
        }
        return dot;
    }

    /** y = A x on the calling thread. */
    public void applySerial(double[] x, double[] y) {
        checkApply(x, y);
        multiplyRows(x, y, 0, rows);
    }

    /** y = A x split into row blocks of equal non-zero count, run on {@code pool}. */
    public void applyParallel(double[] x, double[] y, ForkJoinPool pool) {
        checkApply(x, y);
        int blocks = Math.max(1, Math.min(rows, 4 * pool.getParallelism()));
        int[] bounds = blockBounds(blocks);
        pool.submit(() -> IntStream.range(0, blocks).parallel()
                .forEach(b -> multiplyRows(x, y, bounds[b], bounds[b + 1]))).join();
    }

    private int[] blockBounds(int blocks) {
        int[] bounds = new int[blocks + 1];
        long nnz = nonZeros();
        int row = 0;
        for (int b = 1; b < blocks; b++) {
            long target = nnz * b / blocks;
            while (row < rows && rowPointers[row] < target) {
                row++;
            }
            bounds[b] = row;
        }
        bounds[blocks] = rows;
        return bounds;
    }

    private void multiplyRows(double[] x, double[] y, int from, int to) {
        int[] ptr = rowPointers;
        int[] col = columnIndices;
        double[] val = values;
        for (int i = from; i < to; i++) {
            double s = 0;
            for (int k = ptr[i], end = ptr[i + 1]; k < end; k++) {
                s += val[k] * x[col[k]];
            }
            y[i] = s;
        }
    }

    private void checkApply(double[] x, double[] y) {
        if (x.length != cols || y.length != rows) {
            throw new IllegalArgumentException("apply: " + rows + " x " + cols + " matrix times vector of length "
                    + x.length + " into length " + y.length);
        }
        if (x == y) {
            throw new IllegalArgumentException("apply: output must not alias the input");
        }
    }

    /** Dense copy, row-major (tests and small problems only). */
    public double[][] toDense() {
        double[][] d = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int k = rowPointers[r]; k < rowPointers[r + 1]; k++) {
                d[r][columnIndices[k]] = values[k];
            }
        }
        return d;
    }
}
