package org.operatorlab.solvers.fft;

/** Angular wavenumbers of a periodic grid in FFT order (0, 1, ..., n/2, -(n/2-1), ..., -1) times 2 pi / L. */
public final class Wavenumbers {
    private Wavenumbers() {
    }

    /** Integer mode index of FFT bin {@code j} of {@code n}: j for j <= n/2, j - n above. */
    public static int mode(int j, int n) {
        return j <= n / 2 ? j : j - n;
    }

    /** Angular wavenumbers 2 pi mode(j) / length for j = 0 .. count-1 (count = n, or n/2+1 for a real axis). */
    public static double[] angular(int n, int count, double length) {
        if (!(length > 0)) {
            throw new IllegalArgumentException("periodic length must be > 0, got " + length);
        }
        double[] k = new double[count];
        for (int j = 0; j < count; j++) {
            k[j] = 2 * Math.PI * mode(j, n) / length;
        }
        return k;
    }
}
