package org.operatorlab.operators.fno;

/**
 * Architecture of an FNO or TFNO.
 *
 * @param width channels of the Fourier layers
 * @param modes retained Fourier modes per axis (kx = 0..modes-1; in 2D also ky = -modes..modes-1)
 * @param layers number of Fourier layers
 * @param padding zero padding added to the right (and top) of each grid axis, as a fraction of its
 *                length (0 for periodic problems; about 0.1 for non-periodic ones)
 * @param factorization dense or factorised spectral weights
 * @param rank for TUCKER and CP: target share (0, 1] of the dense spectral parameter count; 1 with
 *             TUCKER keeps every rank full (exact)
 * @param projectionWidth hidden width of the projection MLP (width -> projectionWidth -> out)
 */
public record FnoConfig(int width, int modes, int layers, double padding, Factorization factorization, double rank,
                        int projectionWidth) {
    public FnoConfig {
        if (width < 1 || modes < 1 || layers < 1 || projectionWidth < 1) {
            throw new IllegalArgumentException("FNO width, modes, layers and projection width must be >= 1, got width="
                    + width + " modes=" + modes + " layers=" + layers + " projection=" + projectionWidth);
        }
        if (!(padding >= 0 && padding <= 1)) {
            throw new IllegalArgumentException("FNO padding must be a fraction in [0, 1], got " + padding);
        }
        if (factorization == null) {
            throw new IllegalArgumentException("FNO factorization must be NONE, TUCKER or CP");
        }
        if (factorization != Factorization.NONE && !(rank > 0 && rank <= 1)) {
            throw new IllegalArgumentException("TFNO rank must be a share in (0, 1] of the dense parameter count, got " + rank);
        }
    }

    /** Dense FNO with a projection of width 128 (the paper's architecture). */
    public FnoConfig(int width, int modes, int layers, double padding) {
        this(width, modes, layers, padding, Factorization.NONE, 1, 128);
    }

    /** The FNO paper's 2D Darcy model: width 32, 12 modes, 4 layers. */
    public static FnoConfig paper() {
        return new FnoConfig(32, 12, 4, 0);
    }

    public FnoConfig withFactorization(Factorization f, double r) {
        return new FnoConfig(width, modes, layers, padding, f, r, projectionWidth);
    }

    public FnoConfig withModes(int m) {
        return new FnoConfig(width, m, layers, padding, factorization, rank, projectionWidth);
    }

    public FnoConfig withPadding(double p) {
        return new FnoConfig(width, modes, layers, p, factorization, rank, projectionWidth);
    }

    public FnoConfig withProjectionWidth(int p) {
        return new FnoConfig(width, modes, layers, padding, factorization, rank, p);
    }
}
