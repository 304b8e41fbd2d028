package org.operatorlab.solvers.fft;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * In-place complex FFT of a 1D (ny == 1) or 2D array of nx x ny complex values, row-major with x
 * fastest, interleaved (re, im). Forward is unnormalised with e^{-2 pi i k j / n}; inverse divides by
 * nx * ny. An instance holds a work array: use it from one thread; plans come from {@link FftPlans}.
 */
public final class ComplexFft {
    private final FftPlans plans;
    private final int nx;
    private final int ny;
    private final double[] columnWork;

    public ComplexFft(FftPlans plans, int nx, int ny) {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException("complex FFT needs nx, ny >= 1, got " + nx + " x " + ny);
        }
        this.plans = plans;
        this.nx = nx;
        this.ny = ny;
        this.columnWork = new double[ColumnPass.workLength(ny)];
    }

    public int length() { return 2 * nx * ny; }

    /** Forward transform of {@code channels} arrays stored one after another, in place. */
    public void forward(double[] a, int channels) {
        transform(a, channels, true);
    }

    /** Inverse transform (scaled by 1 / (nx ny)) of {@code channels} arrays, in place. */
    public void inverse(double[] a, int channels) {
        transform(a, channels, false);
    }

    public void forward(double[] a) { forward(a, 1); }
    public void inverse(double[] a) { inverse(a, 1); }

    private void transform(double[] a, int channels, boolean forward) {
        if (channels < 1 || a.length != channels * length()) {
            throw new IllegalArgumentException("complex FFT " + nx + " x " + ny + " with " + channels
                    + " channel(s) needs " + channels * length() + " values, got " + a.length);
        }
        for (int c = 0; c < channels; c++) {
            int off = c * length();
            try (FftPlans.Lease lease = plans.lease(nx)) {
                DoubleFFT_1D fft = lease.plan();
                for (int r = 0; r < ny; r++) {
                    if (forward) {
                        fft.complexForward(a, off + 2 * r * nx);
                    } else {
                        fft.complexInverse(a, off + 2 * r * nx, true);
                    }
                }
            }
            ColumnPass.transform(plans, a, off, ny, nx, forward, columnWork);
        }
    }
}
