package org.operatorlab.solvers.fft;

import java.util.SplittableRandom;

/**
 * Samples of a centred Gaussian random field with covariance operator
 * C = sigma<sup>2</sup> (-&Delta; + tau<sup>2</sup> I)<sup>-alpha</sup>, drawn through its Karhunen-Lo&egrave;ve
 * expansion u = sum_k sqrt(lambda_k) xi_k phi_k with independent standard normal xi_k.
 *
 * <ul>
 * <li>{@link #periodic1d}, {@link #periodic2d}: the unit torus [0,1)<sup>d</sup>, n points per axis
 *     (endpoint excluded, as a periodic {@code UniformGrid}); phi_k = e<sup>2 pi i k.x</sup>,
 *     lambda_k = sigma<sup>2</sup> (4 pi<sup>2</sup>|k|<sup>2</sup> + tau<sup>2</sup>)<sup>-alpha</sup>. Modes |k_i| &lt; n_i/2
 *     (Nyquist modes are left out so every sample is real and exactly periodic). The constant mode is
 *     kept unless {@link #withZeroMean()} is asked for (the FNO paper's {@code GaussianRF} drops it).</li>
 * <li>{@link #neumann2d}: the unit square with nodes on the boundary, x_i = i/(nx-1); cosine basis
 *     phi_k = c_k1 cos(pi k1 x) c_k2 cos(pi k2 y), c_0 = 1, c_k = sqrt 2, k_i = 0 .. n_i-1, and
 *     lambda_k = sigma<sup>2</sup> (pi<sup>2</sup>|k|<sup>2</sup> + tau<sup>2</sup>)<sup>-alpha</sup>, constant mode dropped: the
 *     convention of the FNO paper's Darcy data ({@code GRF.m}, {@code GaussianRF(boundary="neumann")}),
 *     which use sigma = {@link #fnoSigma fnoSigma(alpha, tau, 2)} = tau<sup>alpha-1</sup>.</li>
 * </ul>
 *
 * <p>Samples are row-major with x fastest. Instances are immutable and thread-safe: every call to
 * {@code sample} uses its own transform work arrays and leases plans from the shared {@link FftPlans}.
 */
public final class GaussianRandomField {
    private enum Basis { FOURIER, COSINE }

    private final FftPlans plans;
    private final Basis basis;
    private final int nx;
    private final int ny;
    private final double alpha;
    private final double tau;
    private final double sigma;
    private final boolean zeroMean;

    private GaussianRandomField(FftPlans plans, Basis basis, int nx, int ny, double alpha, double tau,
                                double sigma, boolean zeroMean) {
        if (!(alpha > 0) || !(tau >= 0) || !(sigma > 0)) {
            throw new IllegalArgumentException("random field needs alpha > 0, tau >= 0, sigma > 0, got alpha=" + alpha
                    + ", tau=" + tau + ", sigma=" + sigma);
        }
        if (basis == Basis.FOURIER && (nx < 2 || nx % 2 != 0 || (ny != 1 && (ny < 2 || ny % 2 != 0)))) {
            throw new IllegalArgumentException("periodic random field needs even sizes, got " + nx + " x " + ny);
        }
        if (basis == Basis.COSINE && (nx < 2 || ny < 2)) {
            throw new IllegalArgumentException("Neumann random field needs at least 2 x 2 nodes, got " + nx + " x " + ny);
        }
        if (tau == 0 && !zeroMean) {
            throw new IllegalArgumentException("tau = 0 leaves the constant mode with infinite variance; use withZeroMean()");
        }
        this.plans = plans;
        this.basis = basis;
        this.nx = nx;
        this.ny = ny;
        this.alpha = alpha;
        this.tau = tau;
        this.sigma = sigma;
        this.zeroMean = zeroMean;
    }

    /** A periodic field on [0,1) with n points (n even). */
    public static GaussianRandomField periodic1d(FftPlans plans, int n, double alpha, double tau, double sigma) {
        return new GaussianRandomField(plans, Basis.FOURIER, n, 1, alpha, tau, sigma, false);
    }

    /** A periodic field on [0,1)<sup>2</sup> with nx x ny points (both even). */
    public static GaussianRandomField periodic2d(FftPlans plans, int nx, int ny, double alpha, double tau,
                                                 double sigma) {
        return new GaussianRandomField(plans, Basis.FOURIER, nx, ny, alpha, tau, sigma, false);
    }

    /** A field on [0,1]<sup>2</sup>, nx x ny nodes including the boundary, cosine (Neumann) basis, zero mean. */
    public static GaussianRandomField neumann2d(FftPlans plans, int nx, int ny, double alpha, double tau,
                                                double sigma) {
        return new GaussianRandomField(plans, Basis.COSINE, nx, ny, alpha, tau, sigma, true);
    }

    public static GaussianRandomField periodic1d(int n, double alpha, double tau, double sigma) {
        return periodic1d(new FftPlans(), n, alpha, tau, sigma);
    }

    public static GaussianRandomField periodic2d(int nx, int ny, double alpha, double tau, double sigma) {
        return periodic2d(new FftPlans(), nx, ny, alpha, tau, sigma);
    }

    public static GaussianRandomField neumann2d(int nx, int ny, double alpha, double tau, double sigma) {
        return neumann2d(new FftPlans(), nx, ny, alpha, tau, sigma);
    }

    /** The FNO papers' default amplitude sigma = tau<sup>(2 alpha - d)/2</sup>. */
    public static double fnoSigma(double alpha, double tau, int dimension) {
        return Math.pow(tau, 0.5 * (2 * alpha - dimension));
    }

    /** The same field without its constant mode. */
    public GaussianRandomField withZeroMean() {
        return new GaussianRandomField(plans, basis, nx, ny, alpha, tau, sigma, true);
    }

    public int nx() { return nx; }
    public int ny() { return ny; }
    public int sampleLength() { return nx * ny; }

    /**
     * Eigenvalue lambda of the covariance operator for integer mode (k1, k2): with angular wavenumber
     * 2 pi k (periodic) or pi k (cosine). Zero for modes the sampler leaves out.
     */
    public double eigenvalue(int k1, int k2) {
        if ((k1 == 0 && k2 == 0 && zeroMean)) {
            return 0;
        }
        double w = basis == Basis.FOURIER ? 2 * Math.PI : Math.PI;
        double k2sum = w * w * ((double) k1 * k1 + (double) k2 * k2);
        return sigma * sigma * Math.pow(k2sum + tau * tau, -alpha);
    }

    /** A sample determined by {@code seed} alone. */
    public double[] sample(long seed) {
        return sample(new SplittableRandom(seed));
    }

    /** A sample drawing its normals from {@code rng} (advanced). */
    public double[] sample(SplittableRandom rng) {
        return basis == Basis.FOURIER ? samplePeriodic(rng) : sampleCosine(rng);
    }

    private double[] samplePeriodic(SplittableRandom rng) {
        RealFft fft = new RealFft(plans, nx, ny);
        int half = fft.halfX();
        double[] spec = new double[fft.spectrumLength()];
        double n = (double) nx * ny;
        for (int r = 0; r < ny; r++) {
            int m2 = Wavenumbers.mode(r, ny);
            if (ny > 1 && 2 * r == ny) {
                continue;
            }
            for (int c = 0; c < half - 1; c++) {
                if (c == 0 && m2 < 0) {
                    continue; // the conjugate of row -m2, filled below
                }
                int p = 2 * (r * half + c);
                double lambda = eigenvalue(c, m2);
                if (c == 0 && m2 == 0) {
                    spec[p] = n * Math.sqrt(lambda) * rng.nextGaussian();
                    continue;
                }
                double s = n * Math.sqrt(0.5 * lambda);
                spec[p] = s * rng.nextGaussian();
                spec[p + 1] = s * rng.nextGaussian();
                if (c == 0) {
                    int q = 2 * ((ny - r) * half);
                    spec[q] = spec[p];
                    spec[q + 1] = -spec[p + 1];
                }
            }
        }
        double[] u = new double[nx * ny];
        fft.inverse(spec, u);
        return u;
    }

    /** Cosine series evaluated as the even extension on a periodic grid of 2(n-1) points per axis. */
    private double[] sampleCosine(SplittableRandom rng) {
        int mx = 2 * (nx - 1);
        int my = 2 * (ny - 1);
        RealFft fft = new RealFft(plans, mx, my);
        int half = fft.halfX(); // == nx
        double[] spec = new double[fft.spectrumLength()];
        double n = (double) mx * my;
        for (int k2 = 0; k2 < ny; k2++) {
            for (int k1 = 0; k1 < nx; k1++) {
                double a = Math.sqrt(eigenvalue(k1, k2)) * rng.nextGaussian()
                        * basisScale(k1) * basisScale(k2);
                // cos(pi k x) = (e^{i pi k x} + e^{-i pi k x}) / 2, except at k = 0 and the Nyquist bin
                double coefficient = n * a * splitFactor(k1, nx) * splitFactor(k2, ny);
                spec[2 * (k2 * half + k1)] = coefficient;
                if (k2 > 0 && k2 < ny - 1) {
                    spec[2 * ((my - k2) * half + k1)] = coefficient;
                }
            }
        }
        double[] extended = new double[mx * my];
        fft.inverse(spec, extended);
        double[] u = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            System.arraycopy(extended, j * mx, u, j * nx, nx);
        }
        return u;
    }

    private static double basisScale(int k) {
        return k == 0 ? 1 : Math.sqrt(2);
    }

    private static double splitFactor(int k, int n) {
        return k == 0 || k == n - 1 ? 1 : 0.5;
    }
}
