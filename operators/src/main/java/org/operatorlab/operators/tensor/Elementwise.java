package org.operatorlab.operators.tensor;

/**
 * Pointwise operations. Binary ones broadcast NumPy-style (e.g. a bias [c, 1] against [batch, c, n]);
 * the adjoint of a broadcast operand sums the gradient over the axes it was broadcast along.
 * The result takes float64 if either operand is float64.
 *
 * <p>GELU on float32 tensors has its own float kernel ({@link #geluFloat}). Other unary operations and
 * binary ones on equal shapes run flat loops over blocks of {@link #BLOCK}
 * doubles, split across the tape's threads when the work is large enough. Each element is computed
 * by the same instructions whatever the split, so threaded results equal single-threaded ones bit for
 * bit.
 */
final class Elementwise {
    enum Binary { ADD, SUB, MUL, DIV }

    /** Values per block: the unit of the flat loops and of the split across threads. */
    static final int BLOCK = 1024;
    /**
     * Below this much work (elements times {@link ActivationKernels#cost}) one thread is as fast:
     * measured on 2 cores, GELU (~15-20 ns per element) gains from a second thread only from about
     * 16k elements, a copy (~1.2 ns per element) not even at 2.6M.
     */
    static final long PARALLEL_WORK = 1L << 18;

    private Elementwise() {
    }

    /** Work on the elements [from, from + n), n &lt;= BLOCK, with per-thread scratch blocks. */
    @FunctionalInterface
    private interface BlockTask {
        void run(int from, int n, double[][] scratch);
    }

    /** Runs {@code task} over [0, size) block by block, on {@code threads} threads if the work pays for them. */
    private static void forBlocks(int threads, int size, int cost, int buffers, BlockTask task) {
        int t = (long) size * cost >= PARALLEL_WORK ? threads : 1;
        Parallel.forRange(t, size, BLOCK, (from, to) -> {
            double[][] scratch = new double[buffers][Math.min(BLOCK, to - from)];
            for (int i = from; i < to; i += BLOCK) {
                task.run(i, Math.min(BLOCK, to - i), scratch);
            }
        });
    }

    static Tensor binary(Tape tape, Binary op, Tensor a, Tensor b) {
        if (java.util.Arrays.equals(a.shape(), b.shape())) {
            return sameShape(tape, op, a, b);
        }
        Broadcast plan = new Broadcast(a.shape(), b.shape());
        Tensor out = Tensor.zeros(resultType(a, b), plan.shape);
        Storage sa = a.storage(), sb = b.storage(), so = out.storage();
        int oa = a.offset(), ob = b.offset();
        plan.forEachRow((o, ia, da, ib, db, n) -> {
            switch (op) {
                case ADD -> { for (int i = 0; i < n; i++) so.set(o + i, sa.get(oa + ia + i * da) + sb.get(ob + ib + i * db)); }
                case SUB -> { for (int i = 0; i < n; i++) so.set(o + i, sa.get(oa + ia + i * da) - sb.get(ob + ib + i * db)); }
                case MUL -> { for (int i = 0; i < n; i++) so.set(o + i, sa.get(oa + ia + i * da) * sb.get(ob + ib + i * db)); }
                case DIV -> { for (int i = 0; i < n; i++) so.set(o + i, sa.get(oa + ia + i * da) / sb.get(ob + ib + i * db)); }
            }
        });
        return tape.record(out, g -> {
            Storage sg = g.storage();
            boolean wantA = Tape.wants(a), wantB = Tape.wants(b);
            Storage ga = wantA ? a.gradBuffer().storage() : null;
            Storage gb = wantB ? b.gradBuffer().storage() : null;
            plan.forEachRow((o, ia, da, ib, db, n) -> {
                for (int i = 0; i < n; i++) {
                    double go = sg.get(o + i);
                    int pa = ia + i * da, pb = ib + i * db;
                    double x = sa.get(oa + pa), y = sb.get(ob + pb);
                    switch (op) {
                        case ADD -> { if (wantA) ga.add(pa, go); if (wantB) gb.add(pb, go); }
                        case SUB -> { if (wantA) ga.add(pa, go); if (wantB) gb.add(pb, -go); }
                        case MUL -> { if (wantA) ga.add(pa, go * y); if (wantB) gb.add(pb, go * x); }
                        case DIV -> { if (wantA) ga.add(pa, go / y); if (wantB) gb.add(pb, -go * x / (y * y)); }
                    }
                }
            });
        }, a, b);
    }

    private static DType resultType(Tensor a, Tensor b) {
        return a.dtype() == DType.FLOAT64 || b.dtype() == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
    }

    /** No broadcast: flat block loops, threaded. */
    private static Tensor sameShape(Tape tape, Binary op, Tensor a, Tensor b) {
        Tensor out = Tensor.zeros(resultType(a, b), a.shape());
        Storage sa = a.storage(), sb = b.storage(), so = out.storage();
        int oa = a.offset(), ob = b.offset(), size = out.size(), threads = tape.gemm().threads();
        forBlocks(threads, size, 1, 2, (i, n, s) -> {
            double[] x = s[0], y = s[1];
            sa.read(oa + i, x, n);
            sb.read(ob + i, y, n);
            switch (op) {
                case ADD -> { for (int k = 0; k < n; k++) x[k] += y[k]; }
                case SUB -> { for (int k = 0; k < n; k++) x[k] -= y[k]; }
                case MUL -> { for (int k = 0; k < n; k++) x[k] *= y[k]; }
                case DIV -> { for (int k = 0; k < n; k++) x[k] /= y[k]; }
            }
            so.write(i, x, n);
        });
        return tape.record(out, g -> {
            Storage sg = g.storage();
            Storage ga = Tape.wants(a) ? a.gradBuffer().storage() : null;
            Storage gb = Tape.wants(b) ? b.gradBuffer().storage() : null;
            forBlocks(threads, size, 2, 3, (i, n, s) -> {
                double[] go = s[0], t = s[1], u = s[2];
                sg.read(i, go, n);
                if (ga != null) {
                    switch (op) {
                        case ADD, SUB -> ga.accumulate(i, go, n);
                        case MUL -> { sb.read(ob + i, t, n); for (int k = 0; k < n; k++) t[k] *= go[k]; ga.accumulate(i, t, n); }
                        case DIV -> { sb.read(ob + i, t, n); for (int k = 0; k < n; k++) t[k] = go[k] / t[k]; ga.accumulate(i, t, n); }
                    }
                }
                if (gb != null) {
                    switch (op) {
                        case ADD -> gb.accumulate(i, go, n);
                        case SUB -> { for (int k = 0; k < n; k++) t[k] = -go[k]; gb.accumulate(i, t, n); }
                        case MUL -> { sa.read(oa + i, t, n); for (int k = 0; k < n; k++) t[k] *= go[k]; gb.accumulate(i, t, n); }
                        case DIV -> {
                            sa.read(oa + i, t, n);
                            sb.read(ob + i, u, n);
                            for (int k = 0; k < n; k++) t[k] = -go[k] * t[k] / (u[k] * u[k]);
                            gb.accumulate(i, t, n);
                        }
                    }
                }
            });
        }, a, b);
    }

    /**
     * y = f(x). Where the derivative needs a transcendental call the forward pass already made
     * (GELU, sin) and a gradient will be wanted, the forward pass also keeps f'(x), and the backward
     * pass is one multiply per element.
     */
    static Tensor unary(Tape tape, Activation f, Tensor x) {
        if (f == Activation.GELU && x.dtype() == DType.FLOAT32 && Gelu.VECTOR) {
            return geluFloat(tape, x);
        }
        Tensor out = Tensor.zerosLike(x);
        Storage sx = x.storage(), so = out.storage();
        int ox = x.offset(), size = x.size(), threads = tape.gemm().threads(), cost = ActivationKernels.cost(f);
        boolean keep = tape.isRecording() && x.requiresGrad() && ActivationKernels.keepsSlope(f);
        Storage slope = keep ? Storage.allocate(x.dtype(), size) : null;
        forBlocks(threads, size, cost, 3, (i, n, s) -> {
            sx.read(ox + i, s[0], n);
            ActivationKernels.values(f, s[0], s[1], keep ? s[2] : null, n);
            so.write(i, s[1], n);
            if (keep) {
                slope.write(i, s[2], n);
            }
        });
        return tape.record(out, g -> {
            Storage gx = x.gradBuffer().storage(), sg = g.storage();
            forBlocks(threads, size, keep ? 1 : cost, 3, (i, n, s) -> {
                double[] go = s[0], d = s[1];
                sg.read(i, go, n);
                if (keep) {
                    slope.read(i, d, n);
                } else {
                    sx.read(ox + i, d, n);
                    so.read(i, s[2], n);
                    ActivationKernels.slopes(f, d, s[2], d, n);
                }
                for (int k = 0; k < n; k++) {
                    d[k] *= go[k];
                }
                gx.accumulate(i, d, n);
            });
        }, x);
    }

    /**
     * GELU of a float32 tensor in float arithmetic ({@link GeluFloatVector}, a few ulps) straight on the
     * float arrays; the slope is always kept, so the backward pass is one multiply-add per element.
     */
    private static Tensor geluFloat(Tape tape, Tensor x) {
        Tensor out = Tensor.zerosLike(x);
        float[] xs = x.f32(), ys = out.f32();
        int ox = x.offset(), size = x.size(), threads = tape.gemm().threads();
        float[] slope = new float[size];
        forBlocks(threads, size, ActivationKernels.cost(Activation.GELU) / 4, 0, (i, n, s) -> {
            for (int k = GeluFloatVector.apply(xs, ox + i, ys, i, slope, i, n); k < n; k++) {
                double v = xs[ox + i + k];
                ys[i + k] = (float) Gelu.value(v);
                slope[i + k] = (float) Gelu.slope(v);
            }
        });
        return tape.record(out, g -> {
            float[] gx = x.gradBuffer().f32(), gs = g.f32();
            forBlocks(threads, size, 1, 0, (i, n, s) -> {
                for (int k = i; k < i + n; k++) {
                    gx[k] += gs[k] * slope[k];
                }
            });
        }, x);
    }

    static Tensor affine(Tape tape, Tensor x, double c, double d) {
        Tensor out = Tensor.zerosLike(x);
        Storage sx = x.storage(), so = out.storage();
        int ox = x.offset(), size = x.size(), threads = tape.gemm().threads();
        forBlocks(threads, size, 1, 1, (i, n, s) -> {
            double[] v = s[0];
            sx.read(ox + i, v, n);
            for (int k = 0; k < n; k++) {
                v[k] = v[k] * c + d;
            }
            so.write(i, v, n);
        });
        return tape.record(out, g -> {
            Storage gx = x.gradBuffer().storage(), sg = g.storage();
            forBlocks(threads, size, 1, 1, (i, n, s) -> {
                double[] v = s[0];
                sg.read(i, v, n);
                for (int k = 0; k < n; k++) {
                    v[k] *= c;
                }
                gx.accumulate(i, v, n);
            });
        }, x);
    }
}
