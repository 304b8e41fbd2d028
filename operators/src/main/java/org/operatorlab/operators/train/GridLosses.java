package org.operatorlab.operators.train;

import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/** Losses over fields on uniform grids, built from tape operations so gradients come for free. */
public final class GridLosses {
    private GridLosses() {
    }

    public static Tensor loss(Tape tape, LossKind kind, Tensor prediction, Tensor target) {
        return switch (kind) {
            case RELATIVE_L2 -> tape.relativeL2(prediction, target);
            case MSE -> tape.mse(prediction, target);
            case RELATIVE_H1 -> relativeH1(tape, prediction, target);
        };
    }

    /**
     * Relative H1 error per sample, averaged: sqrt(|e|^2 + |grad e|^2) / sqrt(|y|^2 + |grad y|^2) with
     * forward differences along each grid axis (axes 2..) scaled by the axis length, i.e. the unit
     * interval is the reference domain.
     */
    public static Tensor relativeH1(Tape tape, Tensor prediction, Tensor target) {
        return tape.relativeL2(withDifferences(tape, prediction), withDifferences(tape, target));
    }

    /** [batch, everything] = values followed by every axis' scaled differences. */
    private static Tensor withDifferences(Tape tape, Tensor u) {
        int batch = u.dim(0);
        Tensor[] parts = new Tensor[u.rank() - 1];
        parts[0] = tape.reshape(u, batch, u.size() / batch);
        for (int axis = 2; axis < u.rank(); axis++) {
            int n = u.dim(axis);
            if (n < 2) {
                parts[axis - 1] = tape.reshape(Tensor.zeros(u.dtype(), batch, 1), batch, 1);
                continue;
            }
            Tensor d = tape.sub(tape.slice(u, axis, 1, n), tape.slice(u, axis, 0, n - 1));
            d = tape.affine(d, n, 0);
            parts[axis - 1] = tape.reshape(d, batch, d.size() / batch);
        }
        return tape.concat(1, parts);
    }
}
