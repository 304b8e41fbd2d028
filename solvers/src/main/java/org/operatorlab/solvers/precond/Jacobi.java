package org.operatorlab.solvers.precond;

import org.operatorlab.solvers.linalg.CsrMatrix;

/** Diagonal scaling z = D<sup>-1</sup> r. */
public final class Jacobi implements Preconditioner {
    private final double[] inverseDiagonal;

    private Jacobi(double[] inverseDiagonal) {
        this.inverseDiagonal = inverseDiagonal;
    }

    public static Jacobi of(CsrMatrix a) {
        double[] d = a.diagonal();
        for (int i = 0; i < d.length; i++) {
            if (d[i] == 0 || !Double.isFinite(d[i])) {
                throw new IllegalArgumentException("Jacobi: diagonal entry " + d[i] + " at row " + i + " cannot be inverted");
            }
            d[i] = 1 / d[i];
        }
        return new Jacobi(d);
    }

    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < z.length; i++) {
            z[i] = r[i] * inverseDiagonal[i];
        }
    }
}
