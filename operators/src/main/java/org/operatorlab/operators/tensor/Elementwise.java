package org.operatorlab.operators.tensor;

/**
 * Pointwise operations. Binary ones broadcast NumPy-style (e.g. a bias [c, 1] against [batch, c, n]);
 * the adjoint of a broadcast operand sums the gradient over the axes it was broadcast along.
 * The result takes float64 if either operand is float64.
 */
final class Elementwise {
    enum Binary { ADD, SUB, MUL, DIV }

    private Elementwise() {
    }

    static Tensor binary(Tape tape, Binary op, Tensor a, Tensor b) {
        Broadcast plan = new Broadcast(a.shape(), b.shape());
        DType dtype = a.dtype() == DType.FLOAT64 || b.dtype() == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
        Tensor out = Tensor.zeros(dtype, plan.shape);
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

    static Tensor unary(Tape tape, Activation f, Tensor x) {
        Tensor out = Tensor.zerosLike(x);
        Storage sx = x.storage(), so = out.storage();
        int ox = x.offset(), n = x.size();
        for (int i = 0; i < n; i++) {
            so.set(i, f.value(sx.get(ox + i)));
        }
        return tape.record(out, g -> {
            Storage gx = x.gradBuffer().storage(), sg = g.storage();
            for (int i = 0; i < n; i++) {
                gx.add(i, sg.get(i) * f.derivative(sx.get(ox + i), so.get(i)));
            }
        }, x);
    }

    static Tensor affine(Tape tape, Tensor x, double c, double d) {
        Tensor out = Tensor.zerosLike(x);
        Storage sx = x.storage(), so = out.storage();
        int ox = x.offset(), n = x.size();
        for (int i = 0; i < n; i++) {
            so.set(i, sx.get(ox + i) * c + d);
        }
        return tape.record(out, g -> {
            Storage gx = x.gradBuffer().storage(), sg = g.storage();
            for (int i = 0; i < n; i++) {
                gx.add(i, sg.get(i) * c);
            }
        }, x);
    }
}
