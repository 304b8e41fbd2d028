package org.operatorlab.solvers.fem;

import java.util.Arrays;
import org.operatorlab.solvers.linalg.CsrMatrix;

/** A growable list of (row, column, value) entries; duplicates are summed when built into CSR. */
public final class Triplets {
    private int[] rows;
    private int[] cols;
    private double[] values;
    private int size;

    public Triplets(int expected) {
        int capacity = Math.max(16, expected);
        rows = new int[capacity];
        cols = new int[capacity];
        values = new double[capacity];
    }

    public void add(int i, int j, double v) {
        if (size == rows.length) {
            int capacity = 2 * size;
            rows = Arrays.copyOf(rows, capacity);
            cols = Arrays.copyOf(cols, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        rows[size] = i;
        cols[size] = j;
        values[size] = v;
        size++;
    }

    /** Adds scale * A entry by entry. */
    public void add(CsrMatrix a, double scale) {
        int[] ptr = a.rowPointers();
        int[] idx = a.columnIndices();
        double[] val = a.values();
        for (int i = 0; i < a.rows(); i++) {
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                add(i, idx[p], scale * val[p]);
            }
        }
    }

    public int size() { return size; }
    public int row(int k) { return rows[k]; }
    public int col(int k) { return cols[k]; }
    public double value(int k) { return values[k]; }

    public CsrMatrix toCsr(int n) {
        return CsrMatrix.fromTriplets(n, n, Arrays.copyOf(rows, size), Arrays.copyOf(cols, size),
                Arrays.copyOf(values, size));
    }
}
