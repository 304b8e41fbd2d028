package org.operatorlab.solvers.fft;

import java.util.stream.IntStream;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Real-to-complex FFT of a 1D (ny == 1) or 2D field of nx x ny samples, row-major with x fastest.
 *
 * <p>Spectrum layout (as NumPy's {@code rfft2}: the fast x axis is halved): {@code ny} rows of
 * {@code nx/2 + 1} complex values, interleaved; bin (ky, kx) has its real part at
 * {@code 2 * (ky * (nx/2+1) + kx)}. Forward is unnormalised, sum_j x_j e^{-2 pi i k j / n}; inverse
 * divides by nx * ny, so inverse(forward(x)) == x. Built from pooled 1D plans: rows by real FFTs,
 * then columns by complex FFTs, so any even nx and any ny work.
 *
 * <p>An instance holds work arrays: use it from one thread. The batch methods spread channels over
 * cores with their own work arrays. Plans come from the shared, thread-safe {@link FftPlans}.
 */
public final class RealFft {
    /** Batches with fewer samples than this stay on the calling thread. */
    private static final int PARALLEL_SAMPLES = 1 << 15;

    private final FftPlans plans;
    private final int nx;
    private final int ny;
    private final int halfX;
    private final double[] columnWork;
    private final double[] spectrumWork;

    public RealFft(FftPlans plans, int nx, int ny) {
        if (nx < 2 || nx % 2 != 0 || ny < 1) {
            throw new IllegalArgumentException("real FFT needs even nx >= 2 and ny >= 1, got " + nx + " x " + ny);
        }
        this.plans = plans;
        this.nx = nx;
        this.ny = ny;
        this.halfX = nx / 2 + 1;
        this.columnWork = new double[ColumnPass.workLength(ny)];
        this.spectrumWork = new double[2 * ny * halfX];
    }

    /** A 1D transform of length n. */
    public static RealFft of1d(FftPlans plans, int n) {
        return new RealFft(plans, n, 1);
    }

    public int nx() { return nx; }
    public int ny() { return ny; }
    /** Complex bins per row: nx/2 + 1. */
    public int halfX() { return halfX; }
    public int sampleLength() { return nx * ny; }
    public int spectrumLength() { return 2 * ny * halfX; }

    /**
     * @param x    (Input) nx*ny samples. Not modified.
     * @param spec (Output) {@link #spectrumLength()} values; overwritten.
     */
    public void forward(double[] x, double[] spec) {
        checkLengths(x, spec, 1);
        forwardAt(x, 0, spec, 0);
    }

    /**
     * @param spec (Input) half spectrum. Not modified. Imaginary parts of self-conjugate bins are ignored.
     * @param x    (Output) nx*ny samples; overwritten.
     */
    public void inverse(double[] spec, double[] x) {
        checkLengths(x, spec, 1);
        inverseAt(spec, 0, x, 0);
    }

    /** Forward transform of {@code channels} fields stored one after another. */
    public void forward(double[] x, double[] spec, int channels) {
        checkLengths(x, spec, channels);
        forEachChannel(channels, (fft, c) -> fft.forwardAt(x, c * sampleLength(), spec, c * spectrumLength()));
    }

    /** Inverse transform of {@code channels} spectra stored one after another. */
    public void inverse(double[] spec, double[] x, int channels) {
        checkLengths(x, spec, channels);
        forEachChannel(channels, (fft, c) -> fft.inverseAt(spec, c * spectrumLength(), x, c * sampleLength()));
    }

    private void forwardAt(double[] x, int xOff, double[] spec, int sOff) {
        int rowStride = 2 * halfX;
        try (FftPlans.Lease lease = plans.lease(nx)) {
            DoubleFFT_1D fft = lease.plan();
            for (int r = 0; r < ny; r++) {
                int row = sOff + r * rowStride;
                System.arraycopy(x, xOff + r * nx, spec, row, nx);
                fft.realForward(spec, row);
                // JTransforms packs Re(nyquist) into slot 1; move it to its own bin.
                spec[row + nx] = spec[row + 1];
                spec[row + nx + 1] = 0;
                spec[row + 1] = 0;
            }
        }
        ColumnPass.transform(plans, spec, sOff, ny, halfX, true, columnWork);
    }

    private void inverseAt(double[] spec, int sOff, double[] x, int xOff) {
        int rowStride = 2 * halfX;
        System.arraycopy(spec, sOff, spectrumWork, 0, spectrumWork.length);
        ColumnPass.transform(plans, spectrumWork, 0, ny, halfX, false, columnWork);
        try (FftPlans.Lease lease = plans.lease(nx)) {
            DoubleFFT_1D fft = lease.plan();
            for (int r = 0; r < ny; r++) {
                int row = r * rowStride;
                int out = xOff + r * nx;
                System.arraycopy(spectrumWork, row, x, out, nx);
                x[out + 1] = spectrumWork[row + nx];
                fft.realInverse(x, out, true);
            }
        }
    }

    private interface ChannelTask {
        void run(RealFft fft, int channel);
    }

    private void forEachChannel(int channels, ChannelTask task) {
        int workers = Math.min(channels, Runtime.getRuntime().availableProcessors());
        if (workers <= 1 || (long) channels * sampleLength() < PARALLEL_SAMPLES) {
            for (int c = 0; c < channels; c++) {
                task.run(this, c);
            }
            return;
        }
        IntStream.range(0, workers).parallel().forEach(w -> {
            RealFft own = new RealFft(plans, nx, ny);
            for (int c = w; c < channels; c += workers) {
                task.run(own, c);
            }
        });
    }

    private void checkLengths(double[] x, double[] spec, int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("channel count must be >= 1, got " + channels);
        }
        if (x.length != channels * sampleLength() || spec.length != channels * spectrumLength()) {
            throw new IllegalArgumentException("real FFT " + nx + " x " + ny + " with " + channels
                    + " channel(s) needs " + channels * sampleLength() + " samples and " + channels * spectrumLength()
                    + " spectrum values, got " + x.length + " and " + spec.length);
        }
    }
}
