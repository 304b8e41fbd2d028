package org.operatorlab.solvers.fft;

/**
 * Spectral derivatives of periodic fields on [0, lx) x [0, ly) (1D when ny == 1), sampled at
 * x_i = i lx / nx, row-major with x fastest. Exact to round-off for band-limited fields.
 *
 * <p>First derivatives zero the Nyquist bin (its derivative is not real-valued); the inverse
 * Laplacian returns the zero-mean solution of lap(v) = u - mean(u). An instance holds work arrays:
 * use it from one thread.
 */
public final class SpectralDerivatives {
    private final RealFft fft;
    private final double[] kx;
    private final double[] ky;
    private final double[] spec;

    public SpectralDerivatives(FftPlans plans, int nx, int ny, double lx, double ly) {
        this.fft = new RealFft(plans, nx, ny);
        this.kx = Wavenumbers.angular(nx, nx / 2 + 1, lx);
        this.ky = ny == 1 ? new double[] {0} : Wavenumbers.angular(ny, ny, ly);
        this.spec = new double[fft.spectrumLength()];
    }

    /** Periodic 1D derivatives on [0, length). */
    public static SpectralDerivatives of1d(FftPlans plans, int n, double length) {
        return new SpectralDerivatives(plans, n, 1, length, 1);
    }

    /** out = du/dx. */
    public void dx(double[] u, double[] out) {
        apply(u, out, Kind.DX);
    }

    /** out = du/dy (2D only). */
    public void dy(double[] u, double[] out) {
        if (fft.ny() == 1) {
            throw new IllegalStateException("d/dy of a 1D field");
        }
        apply(u, out, Kind.DY);
    }

    /** out = laplacian(u). */
    public void laplacian(double[] u, double[] out) {
        apply(u, out, Kind.LAPLACIAN);
    }

    /** out = the zero-mean v with laplacian(v) = u - mean(u). */
    public void inverseLaplacian(double[] u, double[] out) {
        apply(u, out, Kind.INVERSE_LAPLACIAN);
    }

    private enum Kind { DX, DY, LAPLACIAN, INVERSE_LAPLACIAN }

    private void apply(double[] u, double[] out, Kind kind) {
        fft.forward(u, spec);
        int nx = fft.nx();
        int ny = fft.ny();
        int half = fft.halfX();
        for (int r = 0; r < ny; r++) {
            double kyr = ky[r];
            boolean nyquistRow = ny > 1 && 2 * r == ny;
            for (int c = 0; c < half; c++) {
                int p = 2 * (r * half + c);
                double re = spec[p];
                double im = spec[p + 1];
                double k2 = kx[c] * kx[c] + kyr * kyr;
                switch (kind) {
                    case DX -> {
                        double k = 2 * c == nx ? 0 : kx[c];
                        spec[p] = -k * im;
                        spec[p + 1] = k * re;
                    }
                    case DY -> {
                        double k = nyquistRow ? 0 : kyr;
                        spec[p] = -k * im;
                        spec[p + 1] = k * re;
                    }
                    case LAPLACIAN -> {
                        spec[p] = -k2 * re;
                        spec[p + 1] = -k2 * im;
                    }
                    case INVERSE_LAPLACIAN -> {
                        double s = k2 == 0 ? 0 : -1 / k2;
                        spec[p] = s * re;
                        spec[p + 1] = s * im;
                    }
                }
            }
        }
        fft.inverse(spec, out);
    }
}
