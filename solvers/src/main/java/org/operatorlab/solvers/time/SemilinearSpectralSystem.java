package org.operatorlab.solvers.time;

/**
 * A periodic PDE written on its half spectrum as d/dt u&#770; = L u&#770; + N(u&#770;), where L is diagonal
 * and real (viscosity) and N holds everything else (advection, forcing). Spectra use the layout of
 * {@link org.operatorlab.solvers.fft.RealFft}. An instance holds work arrays: use it from one thread.
 */
public interface SemilinearSpectralSystem {
    /** Samples of a physical-space state. */
    int sampleLength();

    /** Doubles in a spectrum (complex bins interleaved). */
    int spectrumLength();

    /** L per complex bin, {@code spectrumLength() / 2} values. Not modified by callers. */
    double[] linearRates();

    /** out = N(spec), dealiased. {@code spec} is not modified; {@code out} must not alias it. */
    void nonlinear(double[] spec, double[] out);

    /** Physical state to its (dealiased) spectrum. */
    void toSpectral(double[] u, double[] spec);

    /** Spectrum to physical state. {@code spec} is not modified. */
    void toPhysical(double[] spec, double[] u);
}
