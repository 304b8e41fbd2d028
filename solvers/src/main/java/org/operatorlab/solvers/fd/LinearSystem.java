package org.operatorlab.solvers.fd;

import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * A discretised problem A u = rhs whose unknowns are a subset of grid nodes.
 *
 * @param matrix        the system matrix, unknowns x unknowns
 * @param rhs           right-hand side, one entry per unknown
 * @param unknownToNode {@code unknownToNode[k]} is the grid node index of unknown k
 */
public record LinearSystem(CsrMatrix matrix, double[] rhs, int[] unknownToNode) {

    /** Writes the unknowns into a full nodal array; nodes that are not unknowns get {@code fill}. */
    public double[] toNodes(double[] solution, int nodeCount, double fill) {
        double[] nodes = new double[nodeCount];
        java.util.Arrays.fill(nodes, fill);
        for (int k = 0; k < unknownToNode.length; k++) {
            nodes[unknownToNode[k]] = solution[k];
        }
        return nodes;
    }
}
