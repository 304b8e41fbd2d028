package org.operatorlab.solvers.precond;

import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * The lower triangle of a symmetric matrix split for a row-wise incomplete factorisation: the strictly lower
 * rows, and the upper rows (the diagonal first, then the mirrored lower entries in increasing column order).
 * Only A's lower triangle is read, so a matrix whose upper triangle is stored differently or not at all
 * gives the same factor. The value arrays are fresh copies the factorisation may overwrite.
 */
final class SymmetricPattern {
    final int n;
    final int[] lowerPtr;
    final int[] lowerCol;
    final double[] lowerValues;
    final int[] upperPtr;
    final int[] upperCol;
    final double[] upperValues;

    private SymmetricPattern(int n, int[] lowerPtr, int[] lowerCol, double[] lowerValues, int[] upperPtr, int[] upperCol,
                             double[] upperValues) {
        this.n = n;
        this.lowerPtr = lowerPtr;
        this.lowerCol = lowerCol;
        this.lowerValues = lowerValues;
        this.upperPtr = upperPtr;
        this.upperCol = upperCol;
        this.upperValues = upperValues;
    }

    /** @throws IllegalArgumentException naming {@code who} and the row when a diagonal entry is not stored */
    static SymmetricPattern fromLowerTriangle(CsrMatrix a, String who) {
        int n = a.size();
        int[] aptr = a.rowPointers();
        int[] acol = a.columnIndices();
        double[] aval = a.values();
        int[] lowerPtr = new int[n + 1];
        int[] upperCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int k = aptr[i];
            for (; k < aptr[i + 1] && acol[k] < i; k++) {
                upperCount[acol[k] + 1]++;
            }
            if (k == aptr[i + 1] || acol[k] != i) {
                throw new IllegalArgumentException(who + ": no diagonal entry stored in row " + i);
            }
            lowerPtr[i + 1] = lowerPtr[i] + (k - aptr[i]);
        }
        int[] upperPtr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            upperPtr[i + 1] = upperPtr[i] + 1 + upperCount[i + 1];
        }
        int lowerNnz = lowerPtr[n];
        int[] lowerCol = new int[lowerNnz];
        double[] lowerValues = new double[lowerNnz];
        int[] upperCol = new int[upperPtr[n]];
        double[] upperValues = new double[upperPtr[n]];
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = upperPtr[i] + 1;
        }
        for (int i = 0; i < n; i++) {
            int out = lowerPtr[i];
            int k = aptr[i];
            for (; acol[k] < i; k++) {
                int j = acol[k];
                lowerCol[out] = j;
                lowerValues[out++] = aval[k];
                // Rows are visited in order, so each upper row receives its columns sorted.
                int u = next[j]++;
                upperCol[u] = i;
                upperValues[u] = aval[k];
            }
            upperCol[upperPtr[i]] = i;
            upperValues[upperPtr[i]] = aval[k];
        }
        return new SymmetricPattern(n, lowerPtr, lowerCol, lowerValues, upperPtr, upperCol, upperValues);
    }
}
