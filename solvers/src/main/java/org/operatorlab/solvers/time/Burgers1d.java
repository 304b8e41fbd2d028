package org.operatorlab.solvers.time;

import org.operatorlab.solvers.fft.FftPlans;
import org.operatorlab.solvers.fft.RealFft;
import org.operatorlab.solvers.fft.Wavenumbers;

/**
 * Viscous Burgers' equation u_t + (u<sup>2</sup>/2)_x = nu u_xx on the periodic interval [0, length),
 * n points x_i = i length / n, pseudo-spectral with the 2/3 rule. Integrate it with
 * {@link SpectralTimeStepper}; the step must resolve advection: dt &lt;~ 1.5 / (max|u| k_max) with
 * k_max = 2 pi n / (3 length). An instance holds work arrays: use it from one thread.
 */
public final class Burgers1d implements SemilinearSpectralSystem {
    private final RealFft fft;
    private final double nu;
    private final double[] k;
    private final double[] rates;
    private final boolean[] keep;
    private final double[] u;

    public Burgers1d(FftPlans plans, int n, double length, double nu) {
        if (!(nu >= 0)) {
            throw new IllegalArgumentException("Burgers viscosity must be >= 0, got " + nu);
        }
        this.fft = RealFft.of1d(plans, n);
        this.nu = nu;
        this.k = Wavenumbers.angular(n, n / 2 + 1, length);
        this.rates = new double[k.length];
        for (int j = 0; j < k.length; j++) {
            rates[j] = -nu * k[j] * k[j];
        }
        this.keep = Dealiasing.twoThirds(n, 1);
        this.u = new double[n];
    }

    @Override public int sampleLength() { return fft.sampleLength(); }
    @Override public int spectrumLength() { return fft.spectrumLength(); }
    @Override public double[] linearRates() { return rates; }

    @Override
    public void nonlinear(double[] spec, double[] out) {
        fft.inverse(spec, u);
        for (int i = 0; i < u.length; i++) {
            u[i] = 0.5 * u[i] * u[i];
        }
        fft.forward(u, out);
        for (int j = 0; j < k.length; j++) {
            double re = out[2 * j];
            double im = out[2 * j + 1];
            // -(i k) * flux
            out[2 * j] = keep[j] ? k[j] * im : 0;
            out[2 * j + 1] = keep[j] ? -k[j] * re : 0;
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
        return "Burgers1d[n=" + fft.nx() + ", nu=" + nu + "]";
    }
}
