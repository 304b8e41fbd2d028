package org.operatorlab.operators.tensor;

import org.operatorlab.solvers.fft.FftPlans;

/**
 * The FNO spectral convolution y = irfft2( W . rfft2(x) ) on a periodic ny x nx grid (1D when ny == 1),
 * keeping only the low modes.
 *
 * <p>x: [batch, cin, ny, nx]; y: [batch, cout, ny, nx]; weight: real tensor [cin, cout, modesY, modesX, 2]
 * holding complex values (re, im). Retained bins: kx = 0 .. modesX-1 (modesX &lt;= nx/2+1) and, on the y
 * axis, row r &lt; modesY/2 is ky = r and row r &gt;= modesY/2 is ky = r - modesY (the negative
 * frequencies, FFT order), so modesY is even and &lt;= ny; for 1D, modesY = 1. For each retained bin,
 * Y[b,co] = sum_ci X[b,ci] W[ci,co] (dense complex mixing); all other bins of Y are zero.
 *
 * <p>Only retained bins are transformed: the truncated rfft2 and the irfft2 of a spectrum that is zero
 * elsewhere are dense products with small DFT matrices ({@link TruncatedDft}), in the tensors' dtype.
 * The mixing of each mode is one real GEMM [batch, 2 cin] x [2 cin, 2 cout] on the stacked (re, im)
 * parts, modes spread over the tape's threads. (The FFT plans given to the constructor are not needed
 * by this scheme; the parameter stays for callers that share one pool.)
 *
 * <p>Adjoint: irfft2 of a half spectrum Z is y = sum_k (c_kx/N) Re(Z_k e<sup>i theta</sup>) with N = nx ny
 * and c_kx = 1 for kx = 0 and kx = nx/2, else 2 (the halved axis counts each interior bin for its
 * conjugate twin). Hence dL/dZ = (c_kx/N) rfft2(dL/dy), and the adjoint of the forward rfft2 is
 * dL/dx = N irfft2(dL/dX / c_kx); for the mixed bins the two factors cancel, so dL/dx is the irfft2 of
 * sum_co conj(W) rfft2(dL/dy), while dL/dW = (c_kx/N) sum_b conj(X) rfft2(dL/dy).
 * Instances are immutable and may be shared across threads.
 */
public final class SpectralConv {
    private final int ny;
    private final int nx;
    private final int modesY;
    private final int modesX;
    private final TruncatedDft dft;

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
        this.ny = ny;
        this.nx = nx;
        this.modesY = modesY;
        this.modesX = modesX;
        this.dft = new TruncatedDft(ny, nx, modesY, modesX, this::rowOf);
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
        Gemm gemm = tape.gemm();
        int modes = modesY * modesX;
        DType dt = x.dtype();

        Tensor xs = dft.analysis(gemm, x, x.offset(), batch * cin);
        Tensor xq = modeMajor(xs, batch, cin, false);
        Tensor wq = stackedWeights(weight, cin, cout, gemm.threads(), false);
        Tensor zq = Tensor.zeros(dt, modes * batch * 2 * cout);
        perMode(gemm, modes, (single, q) -> Products.nn(single, batch, 2 * cout, 2 * cin,
                xq, q * batch * 2 * cin, wq, q * 4 * cin * cout, zq, q * batch * 2 * cout));
        Tensor out = dft.synthesis(gemm, planeMajor(zq, batch, cout), batch * cout).view(batch, cout, ny, nx);

        return tape.record(out, g -> {
            Tensor gq = modeMajor(dft.analysis(gemm, g, g.offset(), batch * cout), batch, cout, false);
            if (Tape.wants(weight)) {
                Tensor xt = modeMajor(xs, batch, cin, true);
                Tensor gwq = Tensor.zeros(dt, modes * 4 * cin * cout);
                perMode(gemm, modes, (single, q) -> Products.nn(single, 2 * cin, 2 * cout, batch,
                        xt, q * 2 * cin * batch, gq, q * batch * 2 * cout, gwq, q * 4 * cin * cout));
                accumulateWeightGradient(gwq, weight.gradBuffer(), cin, cout, gemm.threads());
            }
            if (Tape.wants(x)) {
                Tensor wt = stackedWeights(weight, cin, cout, gemm.threads(), true);
                Tensor gxq = Tensor.zeros(dt, modes * batch * 2 * cin);
                perMode(gemm, modes, (single, q) -> Products.nn(single, batch, 2 * cin, 2 * cout,
                        gq, q * batch * 2 * cout, wt, q * 4 * cin * cout, gxq, q * batch * 2 * cin));
                Tensor gx = dft.synthesis(gemm, planeMajor(gxq, batch, cin), batch * cin);
                Strided.accumulate(gx, x.gradBuffer());
            }
        }, x, weight);
    }

    private interface ModeTask {
        void run(Gemm single, int q);
    }

    /** Runs one small product per mode, modes split over the GEMM's threads (each product on one). */
    private static void perMode(Gemm gemm, int modes, ModeTask task) {
        Gemm single = gemm.withThreads(1);
        Parallel.forRange(gemm.threads(), modes, 1, (q0, q1) -> {
            for (int q = q0; q < q1; q++) {
                task.run(single, q);
            }
        });
    }

    /** c_kx: 1 for the zero and Nyquist columns of the halved axis, 2 for the others. */
    private double halfAxisFactor(int kx) {
        return kx == 0 || 2 * kx == nx ? 1 : 2;
    }

    /**
     * Spectra [2, modesY, batch * ch, modesX] as mode-major matrices: [q][b][part ch + c] or, transposed,
     * [q][part ch + c][b], with q = r modesX + kx.
     */
    private Tensor modeMajor(Tensor spec, int batch, int ch, boolean transposed) {
        int modes = modesY * modesX;
        Tensor out = Tensor.zeros(spec.dtype(), modes * batch * 2 * ch);
        for (int part = 0; part < 2; part++) {
            for (int r = 0; r < modesY; r++) {
                for (int b = 0; b < batch; b++) {
                    for (int c = 0; c < ch; c++) {
                        int src = ((part * modesY + r) * batch * ch + b * ch + c) * modesX;
                        int q0 = r * modesX;
                        if (transposed) {
                            Strided.copy(spec, src, 1, out, (q0 * 2 * ch + part * ch + c) * batch + b, 2 * ch * batch, modesX);
                        } else {
                            Strided.copy(spec, src, 1, out, (q0 * batch + b) * 2 * ch + part * ch + c, batch * 2 * ch, modesX);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Inverse of the untransposed {@link #modeMajor}. */
    private Tensor planeMajor(Tensor byMode, int batch, int ch) {
        Tensor out = Tensor.zeros(byMode.dtype(), 2 * modesY * batch * ch * modesX);
        for (int part = 0; part < 2; part++) {
            for (int r = 0; r < modesY; r++) {
                for (int b = 0; b < batch; b++) {
                    for (int c = 0; c < ch; c++) {
                        int q0 = r * modesX;
                        Strided.copy(byMode, (q0 * batch + b) * 2 * ch + part * ch + c, batch * 2 * ch,
                                out, ((part * modesY + r) * batch * ch + b * ch + c) * modesX, 1, modesX);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The complex weight per mode as a real matrix on stacked parts: [q][part ci][part co] =
     * [[Wr, Wi], [-Wi, Wr]] (so [Xr | Xi] times it is [Zr | Zi]), or its transpose [q][part co][part ci]
     * for the backward pass. One mode at a time, so that writes run along rows (modes are 16 KB apart:
     * writing several at once thrashes the cache's sets); modes are shared out over the threads.
     */
    private Tensor stackedWeights(Tensor w, int cin, int cout, int threads, boolean transposed) {
        int modes = modesY * modesX;
        int block = 4 * cin * cout;
        Tensor out = Tensor.zeros(w.dtype(), modes * block);
        Storage ws = w.storage(), f = out.storage();
        float[] fw = w.dtype() == DType.FLOAT32 ? w.f32() : null, fo = fw != null ? out.f32() : null;
        // offsets of Wr, Wi, -Wi, Wr within a mode's block, per (ci, co)
        int rowStep = transposed ? 2 * cin : 2 * cout;
        Parallel.forRange(threads, modes, 1, (from, to) -> {
            for (int q = from; q < to; q++) {
                int base = q * block;
                for (int ci = 0; ci < cin; ci++) {
                    for (int co = 0; co < cout; co++) {
                        int src = w.offset() + 2 * ((ci * cout + co) * modes + q);
                        int rr = transposed ? co * rowStep + ci : ci * rowStep + co;
                        int ri = transposed ? (cout + co) * rowStep + ci : ci * rowStep + cout + co;
                        int ir = transposed ? co * rowStep + cin + ci : (cin + ci) * rowStep + co;
                        int ii = transposed ? (cout + co) * rowStep + cin + ci : (cin + ci) * rowStep + cout + co;
                        if (fw != null) {   // float32: straight on the arrays
                            float wr = fw[src], wi = fw[src + 1];
                            fo[base + rr] = wr;
                            fo[base + ri] = wi;
                            fo[base + ir] = -wi;
                            fo[base + ii] = wr;
                        } else {
                            double wr = ws.get(src), wi = ws.get(src + 1);
                            f.set(base + rr, wr);
                            f.set(base + ri, wi);
                            f.set(base + ir, -wi);
                            f.set(base + ii, wr);
                        }
                    }
                }
            }
        });
        return out;
    }

    /** gW[ci,co,q] += (c_kx/N) sum_b conj(X) G from the stacked products [q][part ci][part co]. */
    private void accumulateWeightGradient(Tensor gwq, Tensor gw, int cin, int cout, int threads) {
        int modes = modesY * modesX;
        int block = 4 * cin * cout;
        double[] scale = new double[modes];
        for (int q = 0; q < modes; q++) {
            scale[q] = halfAxisFactor(q % modesX) / ((double) nx * ny);
        }
        Storage s = gwq.storage(), g = gw.storage();
        if (gw.dtype() == DType.FLOAT32) {
            // mode by mode, reading rows of the product along co (see stackedWeights)
            float[] src = gwq.f32(), dst = gw.f32();
            Parallel.forRange(threads, cin, 1, (c0, c1) -> {
                for (int ci = c0; ci < c1; ci++) {
                    for (int q = 0; q < modes; q++) {
                        int b = q * block;
                        float sc = (float) scale[q];
                        for (int co = 0; co < cout; co++) {
                            int rr = b + ci * 2 * cout + co, ii = b + (cin + ci) * 2 * cout + cout + co;
                            int d = gw.offset() + 2 * ((ci * cout + co) * modes + q);
                            dst[d] += sc * (src[rr] + src[ii]);
                            dst[d + 1] += sc * (src[rr + cout] - src[ii - cout]);
                        }
                    }
                }
            });
            return;
        }
        Parallel.forRange(threads, cin, 1, (c0, c1) -> {
            double[] run = new double[2 * modes];
            for (int ci = c0; ci < c1; ci++) {
                for (int co = 0; co < cout; co++) {
                    int rr = ci * 2 * cout + co, ii = (cin + ci) * 2 * cout + cout + co;
                    int ri = ci * 2 * cout + cout + co, ir = (cin + ci) * 2 * cout + co;
                    for (int q = 0; q < modes; q++) {
                        int b = q * block;
                        run[2 * q] = scale[q] * (s.get(b + rr) + s.get(b + ii));
                        run[2 * q + 1] = scale[q] * (s.get(b + ri) - s.get(b + ir));
                    }
                    g.accumulate(gw.offset() + 2 * (ci * cout + co) * modes, run, 2 * modes);
                }
            }
        });
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
