package org.operatorlab.operators.deeponet;

import org.operatorlab.operators.tensor.Tensor;

/**
 * Samples of an operator on fixed sensors and fixed output points: inputs [n, m] (each input function
 * at the m sensors), outputs [n, P] (each output function at the P points), coordinates [P, d]
 * (mesh nodes work directly). Arrays are copied into float64 tensors.
 */
public record OperatorData(Tensor inputs, Tensor outputs, Tensor coordinates) {
    public OperatorData {
        if (inputs.rank() != 2 || outputs.rank() != 2 || coordinates.rank() != 2
                || inputs.dim(0) != outputs.dim(0) || outputs.dim(1) != coordinates.dim(0)) {
            throw new IllegalArgumentException("operator data needs inputs [n, m], outputs [n, P] and coordinates [P, d], got "
                    + inputs + ", " + outputs + ", " + coordinates);
        }
    }

    public static OperatorData of(double[][] inputs, double[][] outputs, double[][] coordinates) {
        return new OperatorData(matrix(inputs, "inputs"), matrix(outputs, "outputs"), matrix(coordinates, "coordinates"));
    }

    public int samples() { return inputs.dim(0); }
    public int sensors() { return inputs.dim(1); }
    public int points() { return coordinates.dim(0); }
    public int coordinateDimension() { return coordinates.dim(1); }

    /** The samples at the given indices. */
    public OperatorData rows(int[] index) {
        return new OperatorData(pick(inputs, index), pick(outputs, index), coordinates);
    }

    private static Tensor pick(Tensor t, int[] index) {
        int w = t.dim(1);
        double[] v = new double[index.length * w];
        for (int r = 0; r < index.length; r++) {
            for (int c = 0; c < w; c++) {
                v[r * w + c] = t.get(index[r] * w + c);
            }
        }
        return Tensor.of(v, index.length, w);
    }

    private static Tensor matrix(double[][] rows, String what) {
        int w = rows.length == 0 ? 0 : rows[0].length;
        double[] v = new double[rows.length * w];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != w) {
                throw new IllegalArgumentException(what + " row " + r + " has " + rows[r].length + " values, row 0 has " + w);
            }
            System.arraycopy(rows[r], 0, v, r * w, w);
        }
        return Tensor.of(v, rows.length, w);
    }
}
