package org.operatorlab.solvers.time;

import org.operatorlab.solvers.fft.FftPlans;
import org.operatorlab.solvers.fft.RealFft;
import org.operatorlab.solvers.fft.Wavenumbers;

/**
 * 2D incompressible Navier-Stokes in vorticity form on the periodic box [0, length)<sup>2</sup>:
 * w_t + u . grad w = nu lap w + f, with velocity u = (psi_y, -psi_x) and stream function -lap psi = w
 * (the setting of the FNO paper's data, whose forcing is 0.1 (sin 2 pi (x+y) + cos 2 pi (x+y))).
 * Pseudo-spectral on n x n points with the 2/3 rule; the forcing is steady. Integrate it with
 * {@link SpectralTimeStepper}. An instance holds work arrays: use it from one thread.
 */
public final class NavierStokes2d implements SemilinearSpectralSystem {
    private static final int FIELDS = 4; // u, v, w_x, w_y

    private final RealFft fft;
    private final int n;
    private final double nu;
    private final double[] kx;
    private final double[] ky;
    private final double[] rates;
    private final boolean[] keep;
    private final double[] forcingSpectrum;
    private final double[] fieldSpectra;
    private final double[] fields;
    private final double[] product;

    /**
     * @param forcing steady forcing f on the n x n grid, or null for none
     */
    public NavierStokes2d(FftPlans plans, int n, double length, double nu, double[] forcing) {
        if (!(nu >= 0)) {
            throw new IllegalArgumentException("Navier-Stokes viscosity must be >= 0, got " + nu);
        }
        this.fft = new RealFft(plans, n, n);
        this.n = n;
        this.nu = nu;
        int half = fft.halfX();
        this.kx = Wavenumbers.angular(n, half, length);
        this.ky = Wavenumbers.angular(n, n, length);
        this.rates = new double[n * half];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < half; c++) {
                rates[r * half + c] = -nu * (kx[c] * kx[c] + ky[r] * ky[r]);
            }
        }
        this.keep = Dealiasing.twoThirds(n, n);
        this.forcingSpectrum = new double[fft.spectrumLength()];
        if (forcing != null) {
            if (forcing.length != n * n) {
                throw new IllegalArgumentException("forcing has " + forcing.length + " values, the grid " + n * n);
            }
            toSpectral(forcing, forcingSpectrum);
        }
        this.fieldSpectra = new double[FIELDS * fft.spectrumLength()];
        this.fields = new double[FIELDS * n * n];
        this.product = new double[n * n];
    }

    /** The FNO paper's forcing 0.1 (sin(2 pi (x + y)) + cos(2 pi (x + y))) on [0,1)<sup>2</sup>, n x n points. */
    public static double[] fnoForcing(int n) {
        double[] f = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double s = 2 * Math.PI * (i + j) / n;
                f[j * n + i] = 0.1 * (Math.sin(s) + Math.cos(s));
            }
        }
        return f;
    }

    @Override public int sampleLength() { return n * n; }
    @Override public int spectrumLength() { return fft.spectrumLength(); }
    @Override public double[] linearRates() { return rates; }

    @Override
    public void nonlinear(double[] w, double[] out) {
        int half = fft.halfX();
        int len = fft.spectrumLength();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < half; c++) {
                int bin = r * half + c;
                int p = 2 * bin;
                double k2 = kx[c] * kx[c] + ky[r] * ky[r];
                double psiRe = k2 == 0 ? 0 : w[p] / k2;
                double psiIm = k2 == 0 ? 0 : w[p + 1] / k2;
                // i k z = (-k Im z, k Re z)
                fieldSpectra[p] = -ky[r] * psiIm;                 // u = psi_y
                fieldSpectra[p + 1] = ky[r] * psiRe;
                fieldSpectra[len + p] = kx[c] * psiIm;            // v = -psi_x
                fieldSpectra[len + p + 1] = -kx[c] * psiRe;
                fieldSpectra[2 * len + p] = -kx[c] * w[p + 1];    // w_x
                fieldSpectra[2 * len + p + 1] = kx[c] * w[p];
                fieldSpectra[3 * len + p] = -ky[r] * w[p + 1];    // w_y
                fieldSpectra[3 * len + p + 1] = ky[r] * w[p];
            }
        }
        fft.inverse(fieldSpectra, fields, FIELDS);
        int m = n * n;
        for (int i = 0; i < m; i++) {
            product[i] = fields[i] * fields[2 * m + i] + fields[m + i] * fields[3 * m + i];
        }
        fft.forward(product, out);
        for (int bin = 0; bin < keep.length; bin++) {
            int p = 2 * bin;
            out[p] = keep[bin] ? forcingSpectrum[p] - out[p] : 0;
            out[p + 1] = keep[bin] ? forcingSpectrum[p + 1] - out[p + 1] : 0;
        }
    }

    @Override
    public void toSpectral(double[] state, double[] spec) {
        fft.forward(state, spec);
        Dealiasing.apply(spec, keep);
    }

    @Override
    public void toPhysical(double[] spec, double[] state) {
        fft.inverse(spec, state);
    }

    @Override
    public String toString() {
        return "NavierStokes2d[n=" + n + ", nu=" + nu + "]";
    }
}
