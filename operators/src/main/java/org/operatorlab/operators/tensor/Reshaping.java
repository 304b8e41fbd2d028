package org.operatorlab.operators.tensor;

import java.util.Arrays;

/** Shape operations. Reshape and leading-axis slices are views; permute, concat and other slices copy. */
final class Reshaping {
    private Reshaping() {
    }

    static Tensor reshape(Tape tape, Tensor x, int... shape) {
        int[] s = shape.clone();
        int free = -1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (free >= 0) {
                    throw new IllegalArgumentException("reshape allows one -1 extent, got " + Arrays.toString(shape));
                }
                free = i;
            }
        }
        if (free >= 0) {
            s[free] = 1;
            int known = Shapes.size(s);
            s[free] = known == 0 ? 0 : x.size() / known;
        }
        if (Shapes.size(s) != x.size()) {
            throw new IllegalArgumentException("cannot reshape " + Shapes.text(x.shape()) + " to " + Arrays.toString(shape));
        }
        Tensor out = x.view(s);
        return tape.record(out, g -> addAll(x.gradBuffer(), g), x);
    }

    private static void addAll(Tensor target, Tensor g) {
        Storage t = target.storage(), s = g.storage();
        for (int i = 0, n = g.size(); i < n; i++) {
            t.add(i, s.get(i));
        }
    }

    static Tensor permute(Tape tape, Tensor x, int... axes) {
        int[] shape = x.shape();
        int rank = shape.length;
        if (axes.length != rank) {
            throw new IllegalArgumentException("permute of rank " + rank + " needs " + rank + " axes, got " + Arrays.toString(axes));
        }
        boolean[] seen = new boolean[rank];
        int[] outShape = new int[rank];
        for (int i = 0; i < rank; i++) {
            int a = Shapes.axis(axes[i], rank);
            if (seen[a]) {
                throw new IllegalArgumentException("permute axes repeat: " + Arrays.toString(axes));
            }
            seen[a] = true;
            outShape[i] = shape[a];
        }
        int[] inStrides = Shapes.strides(shape);
        int[] stridesByOut = new int[rank];
        for (int i = 0; i < rank; i++) {
            stridesByOut[i] = inStrides[Shapes.axis(axes[i], rank)];
        }
        int[] map = sourcePositions(outShape, stridesByOut);
        Tensor out = Tensor.zeros(x.dtype(), outShape);
        Storage sx = x.storage(), so = out.storage();
        int ox = x.offset();
        for (int i = 0; i < map.length; i++) {
            so.set(i, sx.get(ox + map[i]));
        }
        return tape.record(out, g -> {
            Storage gx = x.gradBuffer().storage(), sg = g.storage();
            for (int i = 0; i < map.length; i++) {
                gx.add(map[i], sg.get(i));
            }
        }, x);
    }

    /** For each output position (C order over {@code shape}), the input position given per-axis input strides. */
    private static int[] sourcePositions(int[] shape, int[] strides) {
        int n = Shapes.size(shape);
        int[] map = new int[n];
        int[] idx = new int[shape.length];
        int src = 0;
        for (int i = 0; i < n; i++) {
            map[i] = src;
            for (int d = shape.length - 1; d >= 0; d--) {
                idx[d]++;
                src += strides[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                src -= strides[d] * shape[d];
                idx[d] = 0;
            }
        }
        return map;
    }

    static Tensor transpose(Tape tape, Tensor x) {
        int rank = x.rank();
        if (rank < 2) {
            throw new IllegalArgumentException("transpose needs rank >= 2, got shape " + Shapes.text(x.shape()));
        }
        int[] axes = new int[rank];
        for (int i = 0; i < rank; i++) {
            axes[i] = i;
        }
        axes[rank - 2] = rank - 1;
        axes[rank - 1] = rank - 2;
        return permute(tape, x, axes);
    }

    static Tensor concat(Tape tape, int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("concat of no tensors");
        }
        int[] first = parts[0].shape();
        int ax = Shapes.axis(axis, first.length);
        int sum = 0;
        for (Tensor p : parts) {
            int[] s = p.shape();
            boolean same = s.length == first.length && p.dtype() == parts[0].dtype();
            for (int i = 0; same && i < s.length; i++) {
                same = i == ax || s[i] == first[i];
            }
            if (!same) {
                throw new IllegalArgumentException("concat along axis " + axis + " of " + Shapes.text(first) + " "
                        + parts[0].dtype() + " and " + Shapes.text(s) + " " + p.dtype());
            }
            sum += s[ax];
        }
        int total = sum;
        int[] outShape = first.clone();
        outShape[ax] = total;
        int outer = Shapes.size(Arrays.copyOfRange(first, 0, ax));
        int inner = Shapes.size(Arrays.copyOfRange(first, ax + 1, first.length));
        Tensor out = Tensor.zeros(parts[0].dtype(), outShape);
        Storage so = out.storage();
        int at = 0;
        int[] starts = new int[parts.length];
        for (int q = 0; q < parts.length; q++) {
            starts[q] = at;
            int block = parts[q].dim(ax) * inner;
            Storage sp = parts[q].storage();
            int op = parts[q].offset();
            for (int o = 0; o < outer; o++) {
                for (int i = 0; i < block; i++) {
                    so.set((o * total + at) * inner + i, sp.get(op + o * block + i));
                }
            }
            at += parts[q].dim(ax);
        }
        return tape.record(out, g -> {
            Storage sg = g.storage();
            for (int q = 0; q < parts.length; q++) {
                if (!Tape.wants(parts[q])) {
                    continue;
                }
                int block = parts[q].dim(ax) * inner;
                Storage gp = parts[q].gradBuffer().storage();
                for (int o = 0; o < outer; o++) {
                    for (int i = 0; i < block; i++) {
                        gp.add(o * block + i, sg.get((o * total + starts[q]) * inner + i));
                    }
                }
            }
        }, parts);
    }

    static Tensor slice(Tape tape, Tensor x, int axis, int from, int to) {
        int[] shape = x.shape();
        int ax = Shapes.axis(axis, shape.length);
        if (from < 0 || to > shape[ax] || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") outside axis " + axis + " of "
                    + Shapes.text(shape));
        }
        int outer = Shapes.size(Arrays.copyOfRange(shape, 0, ax));
        int inner = Shapes.size(Arrays.copyOfRange(shape, ax + 1, shape.length));
        int len = shape[ax];
        int count = to - from;
        Tensor out;
        if (ax == 0) {
            out = x.rows(from, count);
        } else {
            int[] outShape = shape.clone();
            outShape[ax] = count;
            out = Tensor.zeros(x.dtype(), outShape);
            Storage sx = x.storage(), so = out.storage();
            for (int o = 0; o < outer; o++) {
                for (int i = 0; i < count * inner; i++) {
                    so.set(o * count * inner + i, sx.get(x.offset() + (o * len + from) * inner + i));
                }
            }
        }
        return tape.record(out, g -> {
            Storage gx = x.gradBuffer().storage(), sg = g.storage();
            for (int o = 0; o < outer; o++) {
                for (int i = 0; i < count * inner; i++) {
                    gx.add((o * len + from) * inner + i, sg.get(o * count * inner + i));
                }
            }
        }, x);
    }
}
