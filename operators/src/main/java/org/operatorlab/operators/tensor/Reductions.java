package org.operatorlab.operators.tensor;

/** Sums and means, over all elements or over one axis; accumulated in double. */
final class Reductions {
    private Reductions() {
    }

    static Tensor sum(Tape tape, Tensor x) {
        return scaledTotal(tape, x, 1.0);
    }

    static Tensor mean(Tape tape, Tensor x) {
        if (x.size() == 0) {
            throw new IllegalArgumentException("mean of an empty tensor");
        }
        return scaledTotal(tape, x, 1.0 / x.size());
    }

    private static Tensor scaledTotal(Tape tape, Tensor x, double scale) {
        Storage sx = x.storage();
        int ox = x.offset(), n = x.size();
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += sx.get(ox + i);
        }
        Tensor out = Tensor.scalar(x.dtype(), s * scale);
        return tape.record(out, g -> {
            double go = g.item() * scale;
            Storage gx = x.gradBuffer().storage();
            for (int i = 0; i < n; i++) {
                gx.add(i, go);
            }
        }, x);
    }

    static Tensor sum(Tape tape, Tensor x, int axis) {
        return scaledAxis(tape, x, axis, false);
    }

    static Tensor mean(Tape tape, Tensor x, int axis) {
        return scaledAxis(tape, x, axis, true);
    }

    /** x viewed as [outer, len, inner]; reduces the middle axis. */
    private static Tensor scaledAxis(Tape tape, Tensor x, int axis, boolean mean) {
        int[] shape = x.shape();
        int ax = Shapes.axis(axis, shape.length);
        int len = shape[ax];
        int outer = Shapes.size(java.util.Arrays.copyOfRange(shape, 0, ax));
        int inner = Shapes.size(java.util.Arrays.copyOfRange(shape, ax + 1, shape.length));
        int[] outShape = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != ax) {
                outShape[j++] = shape[i];
            }
        }
        if (mean && len == 0) {
            throw new IllegalArgumentException("mean over empty axis " + axis + " of shape " + Shapes.text(shape));
        }
        double scale = mean ? 1.0 / len : 1.0;
        Tensor out = Tensor.zeros(x.dtype(), outShape);
        Storage sx = x.storage(), so = out.storage();
        int ox = x.offset();
        double[] row = new double[inner];
        for (int o = 0; o < outer; o++) {
            java.util.Arrays.fill(row, 0);
            for (int l = 0; l < len; l++) {
                int base = ox + (o * len + l) * inner;
                for (int i = 0; i < inner; i++) {
                    row[i] += sx.get(base + i);
                }
            }
            for (int i = 0; i < inner; i++) {
                so.set(o * inner + i, row[i] * scale);
            }
        }
        return tape.record(out, g -> {
            Storage gx = x.gradBuffer().storage(), sg = g.storage();
            for (int o = 0; o < outer; o++) {
                for (int l = 0; l < len; l++) {
                    int base = (o * len + l) * inner;
                    for (int i = 0; i < inner; i++) {
                        gx.add(base + i, sg.get(o * inner + i) * scale);
                    }
                }
            }
        }, x);
    }
}
