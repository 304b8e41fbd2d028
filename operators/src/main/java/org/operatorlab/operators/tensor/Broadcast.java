package org.operatorlab.operators.tensor;

/**
 * Walks the output of a broadcast binary operation row by row (a row = the last axis), giving each
 * operand's start position and step along the row (0 where that operand is broadcast).
 */
final class Broadcast {
    @FunctionalInterface
    interface RowVisitor {
        void row(int out, int a, int aStep, int b, int bStep, int length);
    }

    final int[] shape;
    private final int[] aStrides;
    private final int[] bStrides;

    Broadcast(int[] a, int[] b) {
        this.shape = Shapes.broadcast(a, b);
        this.aStrides = stridesIn(a, shape);
        this.bStrides = stridesIn(b, shape);
    }

    /** Strides of {@code operand} indexed by output axis, 0 on broadcast axes. */
    private static int[] stridesIn(int[] operand, int[] out) {
        int[] own = Shapes.strides(operand);
        int[] s = new int[out.length];
        int shift = out.length - operand.length;
        for (int i = shift; i < out.length; i++) {
            s[i] = operand[i - shift] == 1 ? 0 : own[i - shift];
        }
        return s;
    }

    void forEachRow(RowVisitor visitor) {
        int rank = shape.length;
        if (rank == 0) {
            visitor.row(0, 0, 0, 0, 0, 1);
            return;
        }
        int len = shape[rank - 1];
        int total = Shapes.size(shape);
        if (len == 0 || total == 0) {
            return;
        }
        int[] idx = new int[rank];
        int ao = 0;
        int bo = 0;
        for (int out = 0; out < total; out += len) {
            visitor.row(out, ao, aStrides[rank - 1], bo, bStrides[rank - 1], len);
            for (int d = rank - 2; d >= 0; d--) {
                idx[d]++;
                ao += aStrides[d];
                bo += bStrides[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                ao -= aStrides[d] * shape[d];
                bo -= bStrides[d] * shape[d];
                idx[d] = 0;
            }
        }
    }
}
