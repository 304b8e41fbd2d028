package org.operatorlab.solvers.fft;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Complex 1D transforms down the columns of a row-major complex array (rows x cols, interleaved
 * re/im). Columns are gathered in blocks so each pass over memory serves several columns.
 */
final class ColumnPass {
    private static final int BLOCK = 8;

    private ColumnPass() {
    }

    /**
     * @param a    (Input/Output) rows x cols complex values, interleaved
     * @param work (Workspace) length >= 2 * rows * BLOCK
     */
    static void transform(FftPlans plans, double[] a, int offset, int rows, int cols, boolean forward,
                          double[] work) {
        if (rows == 1) {
            return;
        }
        try (FftPlans.Lease lease = plans.lease(rows)) {
            DoubleFFT_1D fft = lease.plan();
            for (int c0 = 0; c0 < cols; c0 += BLOCK) {
                int width = Math.min(BLOCK, cols - c0);
                for (int r = 0; r < rows; r++) {
                    int src = offset + 2 * (r * cols + c0);
                    for (int b = 0; b < width; b++) {
                        work[2 * (b * rows + r)] = a[src + 2 * b];
                        work[2 * (b * rows + r) + 1] = a[src + 2 * b + 1];
                    }
                }
                for (int b = 0; b < width; b++) {
                    if (forward) {
                        fft.complexForward(work, 2 * b * rows);
                    } else {
                        fft.complexInverse(work, 2 * b * rows, true);
                    }
                }
                for (int r = 0; r < rows; r++) {
                    int dst = offset + 2 * (r * cols + c0);
                    for (int b = 0; b < width; b++) {
                        a[dst + 2 * b] = work[2 * (b * rows + r)];
                        a[dst + 2 * b + 1] = work[2 * (b * rows + r) + 1];
                    }
                }
            }
        }
    }

    static int workLength(int rows) {
        return 2 * rows * BLOCK;
    }
}
