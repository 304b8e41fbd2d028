package org.operatorlab.operators.tensor;

import java.util.function.IntUnaryOperator;

/**
 * The truncated real 2D Fourier transforms of the FNO as dense matrix products: only the retained bins
 * are ever computed, so a transform costs a few small GEMMs (on the SIMD kernel and all threads)
 * instead of full FFTs of which most output is discarded, or padded with zeros.
 *
 * <p>Planes are [P, ny, nx] in C order. Spectra are stacked real arrays [2, modesY, P, modesX]: part
 * (re, im), retained row r (spectrum row {@code rowOf(r)}), plane, kx. Analysis is the unnormalised
 * rfft2 restricted to those bins, sum_j x_j e<sup>-i theta</sup>; synthesis is irfft2 of a half spectrum
 * that is zero outside them, sum_k (c_kx / (nx ny)) Re(Z_k e<sup>i theta</sup>) with c_kx = 1 for the
 * zero and Nyquist columns and 2 otherwise. Each is a product along x ([P ny, nx] x [nx, 2 modesX]),
 * a transpose of the small result, and a product along y ([2 modesY, 2 ny] x [2 ny, P modesX]).
 * Matrices are kept in both dtypes; a transform runs in the dtype of its input.
 */
final class TruncatedDft {
    private final int ny;
    private final int nx;
    private final int my;
    private final int mx;
    /** Columns of the x-analysis product: 2 modesX rounded up to a multiple of 16 (zero columns keep the
     *  product on whole SIMD vectors; a narrow leftover would fall to scalar loops). */
    private final int width;
    /** Per dtype (0 float32, 1 float64): analysis along x and y, synthesis along y and x. */
    private final Tensor[] fx = new Tensor[2], gy = new Tensor[2], hy = new Tensor[2], ex = new Tensor[2];

    TruncatedDft(int ny, int nx, int my, int mx, IntUnaryOperator rowOf) {
        this.ny = ny;
        this.nx = nx;
        this.my = my;
        this.mx = mx;
        this.width = (2 * mx + 15) / 16 * 16;
        double[] fxv = new double[nx * width], exv = new double[2 * mx * nx];
        for (int j = 0; j < nx; j++) {
            for (int kx = 0; kx < mx; kx++) {
                double phi = angle(kx, j, nx);
                double c = (kx == 0 || 2 * kx == nx ? 1.0 : 2.0) / ((double) nx * ny);
                fxv[j * width + kx] = Math.cos(phi);
                fxv[j * width + mx + kx] = -Math.sin(phi);
                exv[kx * nx + j] = c * Math.cos(phi);
                exv[(mx + kx) * nx + j] = -c * Math.sin(phi);
            }
        }
        double[] gyv = new double[2 * my * 2 * ny], hyv = new double[2 * ny * 2 * my];
        for (int r = 0; r < my; r++) {
            for (int y = 0; y < ny; y++) {
                double theta = angle(rowOf.applyAsInt(r), y, ny);
                double c = Math.cos(theta), s = Math.sin(theta);
                // X = sum_y e^{-i theta} T:  Xr = C Tr + S Ti,  Xi = -S Tr + C Ti
                gyv[r * 2 * ny + y] = c;
                gyv[r * 2 * ny + ny + y] = s;
                gyv[(my + r) * 2 * ny + y] = -s;
                gyv[(my + r) * 2 * ny + ny + y] = c;
                // W = sum_r e^{i theta} Z:   Wr = C Zr - S Zi,  Wi = S Zr + C Zi
                hyv[y * 2 * my + r] = c;
                hyv[y * 2 * my + my + r] = -s;
                hyv[(ny + y) * 2 * my + r] = s;
                hyv[(ny + y) * 2 * my + my + r] = c;
            }
        }
        store(fx, fxv, nx, width);
        store(ex, exv, 2 * mx, nx);
        store(gy, gyv, 2 * my, 2 * ny);
        store(hy, hyv, 2 * ny, 2 * my);
    }

    /** 2 pi (k j mod n) / n: the reduction keeps the angle exact for large k j. */
    private static double angle(int k, int j, int n) {
        return 2 * Math.PI * (int) ((long) k * j % n) / n;
    }

    private static void store(Tensor[] slot, double[] values, int rows, int cols) {
        slot[1] = Tensor.of(values, rows, cols);
        slot[0] = slot[1].to(DType.FLOAT32);
    }

    private static int index(Tensor t) {
        return t.dtype() == DType.FLOAT32 ? 0 : 1;
    }

    int spectrumLength(int planes) {
        return 2 * my * planes * mx;
    }

    /** Spectra [2, modesY, P, modesX] of the P planes stored from absolute position {@code from} of {@code x}. */
    Tensor analysis(Gemm gemm, Tensor x, int from, int planes) {
        DType dt = x.dtype();
        int k = index(x);
        Tensor rows = Tensor.zeros(dt, planes * ny * width);
        Products.nn(gemm, planes * ny, width, nx, x, from, fx[k], 0, rows, 0);
        Tensor byRow = Tensor.zeros(dt, 2 * ny * planes * mx);
        for (int p = 0; p < planes; p++) {
            for (int y = 0; y < ny; y++) {
                for (int part = 0; part < 2; part++) {
                    Strided.copy(rows, (p * ny + y) * width + part * mx, 1, byRow, ((part * ny + y) * planes + p) * mx, 1, mx);
                }
            }
        }
        Tensor spectrum = Tensor.zeros(dt, spectrumLength(planes));
        Products.nn(gemm, 2 * my, planes * mx, 2 * ny, gy[k], 0, byRow, 0, spectrum, 0);
        return spectrum;
    }

    /** Planes [P, ny, nx] from spectra [2, modesY, P, modesX] (offset 0). */
    Tensor synthesis(Gemm gemm, Tensor spectrum, int planes) {
        DType dt = spectrum.dtype();
        int k = index(spectrum);
        Tensor byRow = Tensor.zeros(dt, 2 * ny * planes * mx);
        Products.nn(gemm, 2 * ny, planes * mx, 2 * my, hy[k], 0, spectrum, 0, byRow, 0);
        Tensor rows = Tensor.zeros(dt, planes * ny * 2 * mx);
        for (int part = 0; part < 2; part++) {
            for (int y = 0; y < ny; y++) {
                for (int p = 0; p < planes; p++) {
                    Strided.copy(byRow, ((part * ny + y) * planes + p) * mx, 1, rows, ((p * ny + y) * 2 + part) * mx, 1, mx);
                }
            }
        }
        Tensor out = Tensor.zeros(dt, planes * ny * nx);
        Products.nn(gemm, planes * ny, nx, 2 * mx, rows, 0, ex[k], 0, out, 0);
        return out;
    }
}
