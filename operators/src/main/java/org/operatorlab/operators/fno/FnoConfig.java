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
 * @param paddingMode what fills the padding: zeros (the paper) or a linear blend back to the first value
 * @param period the padded FFT period as a multiple of the domain length per axis, fixed for the grid the
 *               model is trained on ({@link #withPeriodFor}) so that every grid sees the same physical
 *               period; 0 derives it from {@code padding} on each grid (models saved before it existed)
 */
public record FnoConfig(int width, int modes, int layers, double padding, Factorization factorization, double rank,
                        int projectionWidth, PaddingMode paddingMode, double period) {
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
        if (paddingMode == null) {
            throw new IllegalArgumentException("FNO padding mode must be ZERO or LINEAR");
        }
        if (!(period == 0 || period >= 1 && Double.isFinite(period))) {
            throw new IllegalArgumentException("FNO period must be 0 (from the padding) or >= 1 domain length, got " + period);
        }
    }

    /** Zero padding, period from the padding on each grid. */
    public FnoConfig(int width, int modes, int layers, double padding, Factorization factorization, double rank,
                     int projectionWidth) {
        this(width, modes, layers, padding, factorization, rank, projectionWidth, PaddingMode.ZERO, 0);
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
        return new FnoConfig(width, modes, layers, padding, f, r, projectionWidth, paddingMode, period);
    }

    public FnoConfig withModes(int m) {
        return new FnoConfig(width, m, layers, padding, factorization, rank, projectionWidth, paddingMode, period);
    }

    public FnoConfig withPadding(double p) {
        return new FnoConfig(width, modes, layers, p, factorization, rank, projectionWidth, paddingMode, period);
    }

    public FnoConfig withProjectionWidth(int p) {
        return new FnoConfig(width, modes, layers, padding, factorization, rank, p, paddingMode, period);
    }

    public FnoConfig withPaddingMode(PaddingMode m) {
        return new FnoConfig(width, modes, layers, padding, factorization, rank, projectionWidth, m, period);
    }

    /**
     * Fixes the period to the one the padding gives on a grid of {@code nodes} nodes per axis (the training
     * grid): there the model pads exactly as without a fixed period; on a grid refined by any factor k
     * ((nodes - 1) k + 1 nodes) the padded length scales by k, so the spectral weights meet the same
     * physical frequencies. No-op without padding or on a single node.
     */
    public FnoConfig withPeriodFor(int nodes) {
        if (padding == 0 || nodes < 2) {
            return this;
        }
        double p = (double) PaddedLength.fromPadding(nodes, padding, true) / (nodes - 1);
        return new FnoConfig(width, modes, layers, padding, factorization, rank, projectionWidth, paddingMode, p);
    }

    /** Grid points of one axis of {@code nodes} nodes after padding; {@code even} for the real FFT's halved axis. */
    public int paddedLength(int nodes, boolean even) {
        if (padding == 0) {
            return PaddedLength.fromPadding(nodes, 0, even);
        }
        return period > 0 ? PaddedLength.fromPeriod(nodes, period, even) : PaddedLength.fromPadding(nodes, padding, even);
    }
}
