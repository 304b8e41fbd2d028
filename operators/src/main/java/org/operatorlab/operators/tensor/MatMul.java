package org.operatorlab.operators.tensor;

/** Matrix products on tensors, all through {@link Gemm}; both operands must share a dtype. */
final class MatMul {
    private MatMul() {
    }

    static Tensor matmul(Tape tape, Tensor a, Tensor b) {
        sameDType("matmul", a, b);
        int[] sa = a.shape(), sb = b.shape();
        if (sb.length == 2 && (sa.length == 2 || sa.length == 3)) {
            // a shared right factor: fold the batch into the rows of one product
            int rows = sa.length == 2 ? sa[0] : sa[0] * sa[1];
            int k = sa[sa.length - 1];
            checkInner(sa, sb, k, sb[0]);
            int[] outShape = sa.length == 2 ? new int[] {sa[0], sb[1]} : new int[] {sa[0], sa[1], sb[1]};
            return product(tape, a, b, 1, rows, sb[1], k, true, outShape);
        }
        if (sa.length == 3 && sb.length == 3) {
            if (sa[0] != sb[0]) {
                throw new IllegalArgumentException("batched matmul batch sizes differ: " + Shapes.text(sa) + " x " + Shapes.text(sb));
            }
            checkInner(sa, sb, sa[2], sb[1]);
            return product(tape, a, b, sa[0], sa[1], sb[2], sa[2], false, new int[] {sa[0], sa[1], sb[2]});
        }
        throw new IllegalArgumentException("matmul needs [m,k]x[k,n], [b,m,k]x[k,n] or [b,m,k]x[b,k,n], got "
                + Shapes.text(sa) + " x " + Shapes.text(sb));
    }

    private static void checkInner(int[] sa, int[] sb, int ka, int kb) {
        if (ka != kb) {
            throw new IllegalArgumentException("matmul inner sizes differ: " + Shapes.text(sa) + " x " + Shapes.text(sb));
        }
    }

    /** batch products of [m x k] by [k x n]; b is shared when {@code sharedB}. */
    private static Tensor product(Tape tape, Tensor a, Tensor b, int batch, int m, int n, int k, boolean sharedB,
                                  int[] outShape) {
        Gemm gemm = tape.gemm();
        Tensor c = Tensor.zeros(a.dtype(), outShape);
        int bStride = sharedB ? 0 : k * n;
        for (int i = 0; i < batch; i++) {
            Products.nn(gemm, m, n, k, a, a.offset() + i * m * k, b, b.offset() + i * bStride, c, i * m * n);
        }
        return tape.record(c, g -> {
            if (Tape.wants(a)) {
                Tensor ga = a.gradBuffer();
                for (int i = 0; i < batch; i++) {
                    Products.nt(gemm, m, k, n, g, i * m * n, b, b.offset() + i * bStride, ga, i * m * k);
                }
            }
            if (Tape.wants(b)) {
                Tensor gb = b.gradBuffer();
                Tensor at = Tensor.zeros(a.dtype(), k, m);
                for (int i = 0; i < batch; i++) {
                    Products.transpose(m, k, a, a.offset() + i * m * k, at);
                    Products.nn(gemm, k, n, m, at, 0, g, i * m * n, gb, i * bStride);
                }
            }
        }, a, b);
    }

    static Tensor channelLinear(Tape tape, Tensor x, Tensor w, Tensor bias) {
        sameDType("channelLinear", x, w);
        int[] sx = x.shape(), sw = w.shape();
        if (sx.length != 3 || sw.length != 2 || sw[1] != sx[1]) {
            throw new IllegalArgumentException("channelLinear needs x [batch, in, points] and w [out, in], got "
                    + Shapes.text(sx) + " and " + Shapes.text(sw));
        }
        if (bias != null) {
            sameDType("channelLinear bias", x, bias);
            if (bias.rank() != 1 || bias.dim(0) != sw[0]) {
                throw new IllegalArgumentException("channelLinear bias must be [" + sw[0] + "], got " + Shapes.text(bias.shape()));
            }
        }
        int batch = sx[0], in = sx[1], points = sx[2], out = sw[0];
        Gemm gemm = tape.gemm();
        Tensor y = Tensor.zeros(x.dtype(), batch, out, points);
        Storage ys = y.storage();
        for (int b = 0; b < batch; b++) {
            if (bias != null) {
                for (int o = 0; o < out; o++) {
                    ys.fill((b * out + o) * points, points, bias.get(o));
                }
            }
            Products.nn(gemm, out, points, in, w, w.offset(), x, x.offset() + b * in * points, y, b * out * points);
        }
        return tape.record(y, g -> {
            if (Tape.wants(x)) {
                Tensor gx = x.gradBuffer();
                Tensor wt = Tensor.zeros(w.dtype(), in, out);
                Products.transpose(out, in, w, w.offset(), wt);
                for (int b = 0; b < batch; b++) {
                    Products.nn(gemm, in, points, out, wt, 0, g, b * out * points, gx, b * in * points);
                }
            }
            if (Tape.wants(w)) {
                Tensor gw = w.gradBuffer();
                for (int b = 0; b < batch; b++) {
                    Products.nt(gemm, out, in, points, g, b * out * points, x, x.offset() + b * in * points, gw, 0);
                }
            }
            if (Tape.wants(bias)) {
                Storage gb = bias.gradBuffer().storage(), gs = g.storage();
                Parallel.forRange(Parallel.threadsFor(gemm.threads(), (long) batch * out * points), out, 1, (o0, o1) -> {
                    for (int o = o0; o < o1; o++) {
                        double s = 0;
                        for (int b = 0; b < batch; b++) {
                            s += gs.sum((b * out + o) * points, points);
                        }
                        gb.add(o, s);
                    }
                });
            }
        }, x, w, bias);
    }

    static void sameDType(String op, Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(op + " operands differ in dtype: " + a.dtype() + " and " + b.dtype());
        }
    }
}
