package org.operatorlab.solvers.time;

import org.operatorlab.solvers.fft.Wavenumbers;

/** Orszag's 2/3 rule on a half spectrum: quadratic products of the kept modes alias only onto dropped ones. */
final class Dealiasing {
    private Dealiasing() {
    }

    /** keep[bin] for the nx x ny half spectrum (ny == 1 for 1D): |m_x| < nx/3 and |m_y| < ny/3. */
    static boolean[] twoThirds(int nx, int ny) {
        int half = nx / 2 + 1;
        boolean[] keep = new boolean[ny * half];
        for (int r = 0; r < ny; r++) {
            boolean rowKept = ny == 1 || 3 * Math.abs(Wavenumbers.mode(r, ny)) < ny;
            for (int c = 0; c < half; c++) {
                keep[r * half + c] = rowKept && 3 * c < nx;
            }
        }
        return keep;
    }

    static void apply(double[] spec, boolean[] keep) {
        for (int k = 0; k < keep.length; k++) {
            if (!keep[k]) {
                spec[2 * k] = 0;
                spec[2 * k + 1] = 0;
            }
        }
    }
}
