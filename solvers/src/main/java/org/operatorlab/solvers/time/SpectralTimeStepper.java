package org.operatorlab.solvers.time;

import org.operatorlab.mesh.task.CancellationToken;

/**
 * Integrating-factor fourth-order Runge-Kutta (Cox-Matthews form) for a
 * {@link SemilinearSpectralSystem}: the stiff diagonal part L is integrated exactly through
 * e<sup>L h</sup>, so the step is limited only by the nonlinear term (advective CFL), not by viscosity,
 * and a state with N = 0 evolves exactly. An instance holds work arrays: use it from one thread.
 */
public final class SpectralTimeStepper {
    private final SemilinearSpectralSystem system;
    private final double dt;
    private final double[] halfFactor;
    private final double[] fullFactor;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] d;
    private final double[] stage;

    /**
     * @param system the PDE (its work arrays become this stepper's)
     * @param dt     time step, > 0
     */
    public SpectralTimeStepper(SemilinearSpectralSystem system, double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("time step must be a positive number, got " + dt);
        }
        this.system = system;
        this.dt = dt;
        double[] rates = system.linearRates();
        halfFactor = new double[rates.length];
        fullFactor = new double[rates.length];
        for (int k = 0; k < rates.length; k++) {
            halfFactor[k] = Math.exp(0.5 * dt * rates[k]);
            fullFactor[k] = halfFactor[k] * halfFactor[k];
        }
        int len = system.spectrumLength();
        a = new double[len];
        b = new double[len];
        c = new double[len];
        d = new double[len];
        stage = new double[len];
    }

    public double dt() { return dt; }

    public SemilinearSpectralSystem system() { return system; }

    /** Advances a spectrum by one step, in place. */
    public void step(double[] spec) {
        int bins = halfFactor.length;
        system.nonlinear(spec, a);
        for (int k = 0; k < bins; k++) {
            double e = halfFactor[k];
            for (int p = 2 * k; p < 2 * k + 2; p++) {
                stage[p] = e * (spec[p] + 0.5 * dt * a[p]);
            }
        }
        system.nonlinear(stage, b);
        for (int k = 0; k < bins; k++) {
            double e = halfFactor[k];
            for (int p = 2 * k; p < 2 * k + 2; p++) {
                stage[p] = e * spec[p] + 0.5 * dt * b[p];
            }
        }
        system.nonlinear(stage, c);
        for (int k = 0; k < bins; k++) {
            double e = halfFactor[k];
            double e2 = fullFactor[k];
            for (int p = 2 * k; p < 2 * k + 2; p++) {
                stage[p] = e2 * spec[p] + e * dt * c[p];
            }
        }
        system.nonlinear(stage, d);
        double sixth = dt / 6;
        for (int k = 0; k < bins; k++) {
            double e = halfFactor[k];
            double e2 = fullFactor[k];
            for (int p = 2 * k; p < 2 * k + 2; p++) {
                spec[p] = e2 * spec[p] + sixth * (e2 * a[p] + 2 * e * (b[p] + c[p]) + d[p]);
            }
        }
    }

    /** Advances a spectrum by {@code steps} steps, in place. */
    public void advanceSpectrum(double[] spec, int steps) {
        for (int s = 0; s < steps; s++) {
            step(spec);
        }
    }

    /** Advances a physical state by {@code steps} steps, in place (its spectrum is dealiased first). */
    public void advance(double[] u, int steps) {
        double[] spec = new double[system.spectrumLength()];
        system.toSpectral(u, spec);
        advanceSpectrum(spec, steps);
        system.toPhysical(spec, u);
        requireFinite(u, steps * dt);
    }

    /** {@link #snapshots(double[], double[], CancellationToken)} without cancellation. */
    public double[][] snapshots(double[] u0, double[] times) {
        return snapshots(u0, times, CancellationToken.none());
    }

    /**
     * The states at the given times (ascending, >= 0) starting from u0 at t = 0. Each interval between
     * snapshots is split into equal steps no longer than {@link #dt()}, so every time is hit exactly.
     *
     * @param u0 (Input) initial state. Not modified.
     */
    public double[][] snapshots(double[] u0, double[] times, CancellationToken cancel) {
        if (u0.length != system.sampleLength()) {
            throw new IllegalArgumentException("initial state has " + u0.length + " values, the system needs "
                    + system.sampleLength());
        }
        double[][] out = new double[times.length][];
        double[] spec = new double[system.spectrumLength()];
        system.toSpectral(u0, spec);
        SpectralTimeStepper stepper = this;
        double t = 0;
        for (int i = 0; i < times.length; i++) {
            double interval = times[i] - t;
            if (!(interval >= 0)) {
                throw new IllegalArgumentException("snapshot times must be ascending and >= 0, got " + times[i]
                        + " at index " + i + " after " + t);
            }
            int steps = (int) Math.ceil(interval / dt - 1e-9);
            if (steps > 0) {
                double h = interval / steps;
                if (Math.abs(h - stepper.dt) > 1e-14 * dt) {
                    stepper = new SpectralTimeStepper(system, h);
                }
                for (int s = 0; s < steps; s++) {
                    cancel.throwIfCancelled();
                    stepper.step(spec);
                }
            }
            t = times[i];
            out[i] = new double[system.sampleLength()];
            system.toPhysical(spec, out[i]);
            requireFinite(out[i], t);
        }
        return out;
    }

    /** out = du/dt at state u (L u + N(u), back in physical space). */
    public void timeDerivative(double[] u, double[] out) {
        double[] spec = new double[system.spectrumLength()];
        double[] rhs = new double[system.spectrumLength()];
        system.toSpectral(u, spec);
        system.nonlinear(spec, rhs);
        double[] rates = system.linearRates();
        for (int k = 0; k < rates.length; k++) {
            rhs[2 * k] += rates[k] * spec[2 * k];
            rhs[2 * k + 1] += rates[k] * spec[2 * k + 1];
        }
        system.toPhysical(rhs, out);
    }

    private void requireFinite(double[] u, double t) {
        for (double v : u) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("spectral solution blew up before t = " + t + " with dt = " + dt
                        + "; reduce the time step");
            }
        }
    }

    @Override
    public String toString() {
        return "IF-RK4(dt=" + dt + ", " + system + ")";
    }
}
