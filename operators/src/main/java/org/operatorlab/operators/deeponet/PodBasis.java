package org.operatorlab.operators.deeponet;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.operatorlab.operators.tensor.Tensor;

/**
 * The POD trunk of Lu et al. (CMAME 393, 2022): the mean of the training outputs and their leading
 * principal modes, from the SVD of the centred [n, P] output matrix. Modes are scaled by sqrt(P) so
 * that branch coefficients stay of the order of the outputs.
 *
 * @param mean [P]
 * @param modes [P, p]
 * @param energy fraction of the centred outputs' variance the p modes capture
 */
public record PodBasis(Tensor mean, Tensor modes, double energy) {
    public static PodBasis fit(Tensor outputs, int p) {
        int n = outputs.dim(0), points = outputs.dim(1);
        if (p < 1 || p > Math.min(n, points)) {
            throw new IllegalArgumentException("POD needs 1 <= modes <= min(samples, points) = " + Math.min(n, points)
                    + ", got " + p);
        }
        double[] mean = new double[points];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < points; j++) {
                mean[j] += outputs.get(i * points + j) / n;
            }
        }
        DMatrixRMaj centred = new DMatrixRMaj(n, points);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < points; j++) {
                centred.set(i, j, outputs.get(i * points + j) - mean[j]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, points, false, true, false);
        if (!svd.decompose(centred)) {
            throw new IllegalStateException("SVD of the training outputs failed");
        }
        double[] sigma = svd.getSingularValues();
        DMatrixRMaj vt = svd.getV(null, true);
        Integer[] order = new Integer[sigma.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(sigma[b], sigma[a]));
        double total = 0, kept = 0;
        for (int i = 0; i < sigma.length; i++) {
            total += sigma[i] * sigma[i];
            if (i < p) {
                kept += sigma[order[i]] * sigma[order[i]];
            }
        }
        double scale = Math.sqrt(points);
        double[] modes = new double[points * p];
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < points; j++) {
                modes[j * p + k] = scale * vt.get(order[k], j);
            }
        }
        return new PodBasis(Tensor.of(mean, points), Tensor.of(modes, points, p), total == 0 ? 1 : kept / total);
    }

    public int size() { return modes.dim(1); }
}
