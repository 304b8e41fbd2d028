package org.operatorlab.solvers.problem;

/**
 * The law of a random input. Both kinds start from a Gaussian random field with covariance
 * sigma<sup>2</sup> (-&Delta; + tau<sup>2</sup> I)<sup>-alpha</sup>.
 */
public sealed interface RandomFieldSpec {
    double alpha();

    double tau();

    double sigma();

    /** The FNO papers' default amplitude tau<sup>alpha - d/2</sup> for a d-dimensional domain. */
    static double defaultSigma(double alpha, double tau, int dimension) {
        return Math.pow(tau, alpha - 0.5 * dimension);
    }

    /** {@code "grf"}: mean + a centred field. */
    record Grf(double alpha, double tau, double sigma, double mean) implements RandomFieldSpec {
        public Grf {
            checkLaw(alpha, tau, sigma);
            finite("mean", mean);
        }
    }

    /** {@code "grf_threshold"}: {@code above} where the centred field is >= threshold, else {@code below}. */
    record GrfThreshold(double alpha, double tau, double sigma, double threshold, double above, double below)
            implements RandomFieldSpec {
        public GrfThreshold {
            checkLaw(alpha, tau, sigma);
            finite("threshold", threshold);
            finite("above", above);
            finite("below", below);
        }
    }

    private static void checkLaw(double alpha, double tau, double sigma) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a positive number, got " + alpha);
        }
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("tau must be a positive number, got " + tau);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be a positive number, got " + sigma);
        }
    }

    private static void finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, got " + v);
        }
    }
}
