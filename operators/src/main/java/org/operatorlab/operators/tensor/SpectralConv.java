package org.operatorlab.operators.tensor;

import org.operatorlab.solvers.fft.FftPlans;
import org.operatorlab.solvers.fft.RealFft;

/**
 * The FNO spectral convolution y = irfft2( W . rfft2(x) ) on a periodic ny x nx grid (1D when ny == 1),
 * keeping only the low modes.
 *
 * <p>x: [batch, cin, ny, nx]; y: [batch, cout, ny, nx]; weight: real tensor [cin, cout, modesY, modesX, 2]
 * holding complex values (re, im). Retained bins: kx = 0 .. modesX-1 (modesX &lt;= nx/2+1) and, on the y
 * axis, row r &lt; modesY/2 is ky = r and row r &gt;= modesY/2 is ky = r - modesY (the negative
 * frequencies, FFT order), so modesY is even and &lt;= ny; for 1D, modesY = 1. For each retained bin,
 * Y[b,co] = sum_ci X[b,ci] W[ci,co] (dense complex mixing); all other bins of Y are zero. The
 * transforms are {@link RealFft} (NumPy rfft2 layout) in double precision; the mixing runs mode by mode
 * on all GEMM threads.
 *
 * <p>Adjoint: irfft2 of a half spectrum Z is y = sum_k (c_kx/N) Re(Z_k e<sup>i theta</sup>) with N = nx ny
 * and c_kx = 1 for kx = 0 and kx = nx/2, else 2 (the halved axis counts each interior bin for its
 * conjugate twin). Hence dL/dZ = (c_kx/N) rfft2(dL/dy), and the adjoint of the forward rfft2 is
 * dL/dx = N irfft2(dL/dX / c_kx); for the mixed bins the two factors cancel, so dL/dx is the irfft2 of
 * sum_co conj(W) rfft2(dL/dy), while dL/dW = (c_kx/N) sum_b conj(X) rfft2(dL/dy).
 * Instances are immutable and may be shared across threads.
 */
public final class SpectralConv {
    private final FftPlans plans;
    private final int ny;
    private final int nx;
    private final int modesY;
    private final int modesX;
    private final int half;

    public SpectralConv(FftPlans plans, int ny, int nx, int modesY, int modesX) {
        if (nx < 2 || nx % 2 != 0 || ny < 1) {
            throw new IllegalArgumentException("spectral convolution needs even nx >= 2 and ny >= 1, got ny=" + ny + ", nx=" + nx);
        }
        if (modesX < 1 || modesX > nx / 2 + 1) {
            throw new IllegalArgumentException("modesX must be in 1.." + (nx / 2 + 1) + " for nx=" + nx + ", got " + modesX);
        }
        boolean rowsOk = ny == 1 ? modesY == 1 : modesY >= 2 && modesY % 2 == 0 && modesY <= ny;
        if (!rowsOk) {
            throw new IllegalArgumentException("modesY must be " + (ny == 1 ? "1 for a 1D grid" : "even, 2.." + ny)
                    + ", got " + modesY);
        }
        this.plans = plans;
        this.ny = ny;
        this.nx = nx;
        this.modesY = modesY;
        this.modesX = modesX;
        this.half = nx / 2 + 1;
    }

    public int[] weightShape(int cin, int cout) {
        return new int[] {cin, cout, modesY, modesX, 2};
    }

    public int modesY() { return modesY; }
    public int modesX() { return modesX; }

    /** Spectrum row of retained row r. */
    private int rowOf(int r) {
        return r < modesY / 2 || ny == 1 ? r : ny - modesY + r;
    }

    Tensor apply(Tape tape, Tensor x, Tensor weight) {
        MatMul.sameDType("spectralConv", x, weight);
        int[] sx = x.shape(), sw = weight.shape();
        if (sx.length != 4 || sx[2] != ny || sx[3] != nx) {
            throw new IllegalArgumentException("spectralConv input must be [batch, cin, " + ny + ", " + nx + "], got "
                    + Shapes.text(sx));
        }
        int batch = sx[0], cin = sx[1];
        if (sw.length != 5 || sw[0] != cin || sw[2] != modesY || sw[3] != modesX || sw[4] != 2) {
            throw new IllegalArgumentException("spectralConv weight must be [" + cin + ", cout, " + modesY + ", " + modesX
                    + ", 2], got " + Shapes.text(sw));
        }
        int cout = sw[1];
        int threads = tape.gemm().threads();
        int modes = modesY * modesX;
        RealFft fft = new RealFft(plans, nx, ny);
        int specLen = fft.spectrumLength();

        double[] spec = new double[batch * cin * specLen];
        fft.forward(x.toDoubleArray(), spec, batch * cin);
        double[][] xm = gather(spec, batch, cin, specLen);
        double[][] wm = weightByMode(weight, cin, cout);
        double[] zr = new double[modes * batch * cout];
        double[] zi = new double[modes * batch * cout];
        mixModes(threads, modes, batch, cin, cout, xm[0], xm[1], wm[0], wm[1], zr, zi);
        double[] outSpec = new double[batch * cout * specLen];
        scatter(zr, zi, outSpec, batch, cout, specLen, 1.0);
        double[] y = new double[batch * cout * ny * nx];
        fft.inverse(outSpec, y, batch * cout);
        Tensor out = Tensor.zeros(x.dtype(), batch, cout, ny, nx);
        Storage so = out.storage();
        for (int i = 0; i < y.length; i++) {
            so.set(i, y[i]);
        }

        return tape.record(out, g -> {
            double[] gSpec = new double[batch * cout * specLen];
            fft.forward(g.toDoubleArray(), gSpec, batch * cout);
            double[][] gz = gather(gSpec, batch, cout, specLen);
            if (Tape.wants(weight)) {
                double[] gwr = new double[modes * cin * cout];
                double[] gwi = new double[modes * cin * cout];
                Parallel.forRange(threads, modes, 1, (q0, q1) -> {
                    for (int q = q0; q < q1; q++) {
                        double scale = halfAxisFactor(q % modesX) / ((double) nx * ny);
                        weightAdjoint(q, batch, cin, cout, scale, xm[0], xm[1], gz[0], gz[1], gwr, gwi);
                    }
                });
                Storage gw = weight.gradBuffer().storage();
                for (int ci = 0; ci < cin; ci++) {
                    for (int co = 0; co < cout; co++) {
                        for (int q = 0; q < modes; q++) {
                            int src = (q * cin + ci) * cout + co;
                            int dst = 2 * ((ci * cout + co) * modes + q);
                            gw.add(dst, gwr[src]);
                            gw.add(dst + 1, gwi[src]);
                        }
                    }
                }
            }
            if (Tape.wants(x)) {
                double[] gxr = new double[modes * batch * cin];
                double[] gxi = new double[modes * batch * cin];
                Parallel.forRange(threads, modes, 1, (q0, q1) -> {
                    for (int q = q0; q < q1; q++) {
                        inputAdjoint(q, batch, cin, cout, wm[0], wm[1], gz[0], gz[1], gxr, gxi);
                    }
                });
                double[] inSpec = new double[batch * cin * specLen];
                scatter(gxr, gxi, inSpec, batch, cin, specLen, 1.0);
                double[] gx = new double[batch * cin * ny * nx];
                fft.inverse(inSpec, gx, batch * cin);
                Storage gs = x.gradBuffer().storage();
                for (int i = 0; i < gx.length; i++) {
                    gs.add(i, gx[i]);
                }
            }
        }, x, weight);
    }

    /** c_kx: 1 for the zero and Nyquist columns of the halved axis, 2 for the others. */
    private double halfAxisFactor(int kx) {
        return kx == 0 || 2 * kx == nx ? 1 : 2;
    }

    /** Retained bins of [batch, channels] spectra as mode-major planes {re, im}[q][b][c]. */
    private double[][] gather(double[] spec, int batch, int channels, int specLen) {
        int modes = modesY * modesX;
        double[] re = new double[modes * batch * channels];
        double[] im = new double[modes * batch * channels];
        for (int bc = 0; bc < batch * channels; bc++) {
            for (int r = 0; r < modesY; r++) {
                int rowStart = bc * specLen + 2 * rowOf(r) * half;
                for (int kx = 0; kx < modesX; kx++) {
                    int dst = (r * modesX + kx) * batch * channels + bc;
                    re[dst] = spec[rowStart + 2 * kx];
                    im[dst] = spec[rowStart + 2 * kx + 1];
                }
            }
        }
        return new double[][] {re, im};
    }

    /** Inverse of {@link #gather}: writes mode-major planes into zeroed spectra. */
    private void scatter(double[] re, double[] im, double[] spec, int batch, int channels, int specLen, double scale) {
        for (int bc = 0; bc < batch * channels; bc++) {
            for (int r = 0; r < modesY; r++) {
                int rowStart = bc * specLen + 2 * rowOf(r) * half;
                for (int kx = 0; kx < modesX; kx++) {
                    int src = (r * modesX + kx) * batch * channels + bc;
                    spec[rowStart + 2 * kx] = scale * re[src];
                    spec[rowStart + 2 * kx + 1] = scale * im[src];
                }
            }
        }
    }

    /** Weight [cin, cout, modesY, modesX, 2] as mode-major planes {re, im}[q][ci][co]. */
    private double[][] weightByMode(Tensor w, int cin, int cout) {
        int modes = modesY * modesX;
        double[] re = new double[modes * cin * cout];
        double[] im = new double[modes * cin * cout];
        Storage s = w.storage();
        int o = w.offset();
        for (int ci = 0; ci < cin; ci++) {
            for (int co = 0; co < cout; co++) {
                for (int q = 0; q < modes; q++) {
                    int src = o + 2 * ((ci * cout + co) * modes + q);
                    int dst = (q * cin + ci) * cout + co;
                    re[dst] = s.get(src);
                    im[dst] = s.get(src + 1);
                }
            }
        }
        return new double[][] {re, im};
    }

    /**
     * The per-mode complex products of the forward pass, over all modes on {@code threads} threads:
     * Z[q][b][co] += sum_ci X[q][b][ci] W[q][ci][co], complex values as separate re/im planes, C order.
     */
    public static void mixModes(int threads, int modes, int batch, int cin, int cout, double[] xr, double[] xi,
                                double[] wr, double[] wi, double[] zr, double[] zi) {
        Parallel.forRange(threads, modes, 1, (q0, q1) -> {
            for (int q = q0; q < q1; q++) {
                mix(q, batch, cin, cout, xr, xi, wr, wi, zr, zi);
            }
        });
    }

    /** Z[q][b][co] = sum_ci X[q][b][ci] W[q][ci][co] (complex, split planes). */
    private static void mix(int q, int batch, int cin, int cout, double[] xr, double[] xi, double[] wr, double[] wi,
                            double[] zr, double[] zi) {
        for (int b = 0; b < batch; b++) {
            int z0 = (q * batch + b) * cout;
            for (int ci = 0; ci < cin; ci++) {
                double ar = xr[(q * batch + b) * cin + ci];
                double ai = xi[(q * batch + b) * cin + ci];
                int w0 = (q * cin + ci) * cout;
                for (int co = 0; co < cout; co++) {
                    zr[z0 + co] += ar * wr[w0 + co] - ai * wi[w0 + co];
                    zi[z0 + co] += ar * wi[w0 + co] + ai * wr[w0 + co];
                }
            }
        }
    }

    /** gW[q][ci][co] = scale sum_b conj(X[q][b][ci]) G[q][b][co]. */
    private static void weightAdjoint(int q, int batch, int cin, int cout, double scale, double[] xr, double[] xi,
                                      double[] gr, double[] gi, double[] gwr, double[] gwi) {
        for (int b = 0; b < batch; b++) {
            int g0 = (q * batch + b) * cout;
            for (int ci = 0; ci < cin; ci++) {
                double ar = scale * xr[(q * batch + b) * cin + ci];
                double ai = scale * xi[(q * batch + b) * cin + ci];
                int w0 = (q * cin + ci) * cout;
                for (int co = 0; co < cout; co++) {
                    gwr[w0 + co] += ar * gr[g0 + co] + ai * gi[g0 + co];
                    gwi[w0 + co] += ar * gi[g0 + co] - ai * gr[g0 + co];
                }
            }
        }
    }

    /** gX[q][b][ci] = sum_co conj(W[q][ci][co]) G[q][b][co]. */
    private static void inputAdjoint(int q, int batch, int cin, int cout, double[] wr, double[] wi, double[] gr,
                                     double[] gi, double[] gxr, double[] gxi) {
        for (int b = 0; b < batch; b++) {
            int g0 = (q * batch + b) * cout;
            for (int ci = 0; ci < cin; ci++) {
                int w0 = (q * cin + ci) * cout;
                double sr = 0, si = 0;
                for (int co = 0; co < cout; co++) {
                    sr += wr[w0 + co] * gr[g0 + co] + wi[w0 + co] * gi[g0 + co];
                    si += wr[w0 + co] * gi[g0 + co] - wi[w0 + co] * gr[g0 + co];
                }
                gxr[(q * batch + b) * cin + ci] = sr;
                gxi[(q * batch + b) * cin + ci] = si;
            }
        }
    }
}
