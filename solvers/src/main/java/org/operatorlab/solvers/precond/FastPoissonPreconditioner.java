package org.operatorlab.solvers.precond;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The exact inverse of {@code scale} times the 5-point Dirichlet Laplacian −Δ<sub>h</sub> on an
 * nx × ny interior grid (unknowns numbered x fastest, as {@code fd.FivePointOperator}), by
 * diagonalisation: the eigenvectors are products of sines, so M<sup>-1</sup>r = S Λ<sup>-1</sup> S r
 * with S the 2D type-I discrete sine transform. Cost O(N log N) per apply.
 *
 * <p>The DST-I of length n is taken from a real FFT of length 2(n+1) of the odd extension of the data
 * (JTransforms' own DST is type II/III, which does not diagonalise this matrix). For a variable
 * coefficient a, {@code scale} = a mean of a makes this a spectrally equivalent preconditioner with
 * condition number at most max(a)/min(a).
 *
 * <p>Holds FFT plans and work arrays: one instance must not be applied from two threads at once.
 */
public final class FastPoissonPreconditioner implements Preconditioner {
    private final int nx;
    private final int ny;
    private final double[] inverseEigenvalues;
    private final DoubleFFT_1D fftX;
    private final DoubleFFT_1D fftY;
    private final double[] bufferX;
    private final double[] bufferY;
    private final double[] transposed;

    private FastPoissonPreconditioner(int nx, int ny, double hx, double hy, double scale) {
        this.nx = nx;
        this.ny = ny;
        this.fftX = new DoubleFFT_1D(2L * (nx + 1));
        this.fftY = ny == nx ? fftX : new DoubleFFT_1D(2L * (ny + 1));
        this.bufferX = new double[2 * (nx + 1)];
        this.bufferY = new double[2 * (ny + 1)];
        this.transposed = new double[nx * ny];
        this.inverseEigenvalues = new double[nx * ny];
        // S S = (n+1)/2 I per axis, so the 1/((nx+1)(ny+1)/4) normalisation folds into Λ^{-1}.
        double normalisation = 4.0 / ((nx + 1.0) * (ny + 1.0));
        for (int i = 0; i < nx; i++) {
            double lx = (2 - 2 * Math.cos(Math.PI * (i + 1) / (nx + 1))) / (hx * hx);
            for (int j = 0; j < ny; j++) {
                double ly = (2 - 2 * Math.cos(Math.PI * (j + 1) / (ny + 1))) / (hy * hy);
                // Stored in the transposed (y fastest) layout the solve works in.
                inverseEigenvalues[i * ny + j] = normalisation / (scale * (lx + ly));
            }
        }
    }

    /**
     * @param nxInterior interior nodes along x (unknowns per row)
     * @param nyInterior interior nodes along y
     * @param hx         grid spacing along x
     * @param hy         grid spacing along y
     * @param scale      the constant coefficient c of the operator −c Δ<sub>h</sub> being inverted
     */
    public static FastPoissonPreconditioner forGrid(int nxInterior, int nyInterior, double hx, double hy, double scale) {
        if (nxInterior < 1 || nyInterior < 1) {
            throw new IllegalArgumentException("fast Poisson: interior grid must be at least 1 x 1, got "
                    + nxInterior + " x " + nyInterior);
        }
        if (!(hx > 0) || !(hy > 0) || !(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("fast Poisson: spacings and scale must be positive, got hx=" + hx
                    + ", hy=" + hy + ", scale=" + scale);
        }
        return new FastPoissonPreconditioner(nxInterior, nyInterior, hx, hy, scale);
    }

    @Override
    public void apply(double[] r, double[] z) {
        if (r.length != nx * ny || z.length != nx * ny) {
            throw new IllegalArgumentException("fast Poisson: vectors of length " + r.length + ", " + z.length
                    + " for a " + nx + " x " + ny + " grid");
        }
        System.arraycopy(r, 0, z, 0, r.length);
        sineTransformRows(z, ny, nx, fftX, bufferX);
        transpose(z, transposed, ny, nx);
        sineTransformRows(transposed, nx, ny, fftY, bufferY);
        for (int k = 0; k < transposed.length; k++) {
            transposed[k] *= inverseEigenvalues[k];
        }
        sineTransformRows(transposed, nx, ny, fftY, bufferY);
        transpose(transposed, z, nx, ny);
        sineTransformRows(z, ny, nx, fftX, bufferX);
    }

    /** Unnormalised DST-I, s_j = Σ_k v_k sin(π j k / (n+1)), of each of {@code rows} rows of length n. */
    private static void sineTransformRows(double[] data, int rows, int n, DoubleFFT_1D fft, double[] buffer) {
        int size = 2 * (n + 1);
        for (int row = 0; row < rows; row++) {
            int offset = row * n;
            buffer[0] = 0;
            buffer[n + 1] = 0;
            for (int k = 1; k <= n; k++) {
                double v = data[offset + k - 1];
                buffer[k] = v;
                buffer[size - k] = -v;
            }
            fft.realForward(buffer);
            // The FFT of the odd extension is -2i times the DST; imaginary parts sit at odd positions.
            for (int j = 1; j <= n; j++) {
                data[offset + j - 1] = -0.5 * buffer[2 * j + 1];
            }
        }
    }

    /** out (cols x rows) = in (rows x cols) transposed. */
    private static void transpose(double[] in, double[] out, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = in[base + c];
            }
        }
    }
}
