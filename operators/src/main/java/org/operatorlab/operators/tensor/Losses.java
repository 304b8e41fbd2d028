package org.operatorlab.operators.tensor;

/** Training losses with fused adjoints (no intermediate tensors); prediction and target share a shape. */
final class Losses {
    private Losses() {
    }

    static Tensor mse(Tape tape, Tensor p, Tensor t) {
        sameShape("mse", p, t);
        int n = p.size();
        Storage sp = p.storage(), st = t.storage();
        int op = p.offset(), ot = t.offset();
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = sp.get(op + i) - st.get(ot + i);
            s += d * d;
        }
        Tensor out = Tensor.scalar(p.dtype(), s / n);
        return tape.record(out, g -> {
            double scale = 2 * g.item() / n;
            Storage gp = Tape.wants(p) ? p.gradBuffer().storage() : null;
            Storage gt = Tape.wants(t) ? t.gradBuffer().storage() : null;
            for (int i = 0; i < n; i++) {
                double d = scale * (sp.get(op + i) - st.get(ot + i));
                if (gp != null) gp.add(i, d);
                if (gt != null) gt.add(i, -d);
            }
        }, p, t);
    }

    /** mean over b of ||p_b - t_b||<sub>2</sub> / ||t_b||<sub>2</sub>, b the leading axis. */
    static Tensor relativeL2(Tape tape, Tensor p, Tensor t) {
        sameShape("relativeL2", p, t);
        if (p.rank() < 1 || p.dim(0) == 0) {
            throw new IllegalArgumentException("relativeL2 needs a leading batch axis, got " + Shapes.text(p.shape()));
        }
        int batch = p.dim(0);
        int m = p.size() / batch;
        Storage sp = p.storage(), st = t.storage();
        int op = p.offset(), ot = t.offset();
        double[] diffNorm = new double[batch];
        double[] targetNorm = new double[batch];
        double total = 0;
        for (int b = 0; b < batch; b++) {
            double dd = 0, tt = 0;
            for (int i = b * m; i < (b + 1) * m; i++) {
                double y = st.get(ot + i);
                double d = sp.get(op + i) - y;
                dd += d * d;
                tt += y * y;
            }
            if (tt == 0) {
                throw new IllegalArgumentException("relativeL2: target sample " + b + " is identically zero");
            }
            diffNorm[b] = Math.sqrt(dd);
            targetNorm[b] = Math.sqrt(tt);
            total += diffNorm[b] / targetNorm[b];
        }
        Tensor out = Tensor.scalar(p.dtype(), total / batch);
        return tape.record(out, g -> {
            double go = g.item() / batch;
            Storage gp = Tape.wants(p) ? p.gradBuffer().storage() : null;
            Storage gt = Tape.wants(t) ? t.gradBuffer().storage() : null;
            for (int b = 0; b < batch; b++) {
                double dn = diffNorm[b], tn = targetNorm[b];
                double cd = dn == 0 ? 0 : go / (dn * tn);   // d/dp of ||d|| / ||t||
                double ct = go * dn / (tn * tn * tn);        // -d/dt of the 1/||t|| factor
                for (int i = b * m; i < (b + 1) * m; i++) {
                    double y = st.get(ot + i);
                    double d = sp.get(op + i) - y;
                    if (gp != null) gp.add(i, cd * d);
                    if (gt != null) gt.add(i, -cd * d - ct * y);
                }
            }
        }, p, t);
    }

    private static void sameShape(String op, Tensor p, Tensor t) {
        if (!java.util.Arrays.equals(p.shape(), t.shape())) {
            throw new IllegalArgumentException(op + " needs equal shapes, got prediction " + Shapes.text(p.shape())
                    + " and target " + Shapes.text(t.shape()));
        }
    }
}
