package org.operatorlab.operators.engine;

import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.transfer.MeshGridTransfer;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * How the FNO sees a triangle-mesh problem: nodal fields interpolated (P1) onto a grid over the mesh's
 * bounding box, 0 outside the domain, with a second input channel that is 1 inside the domain and 0
 * outside (the domain mask); grid outputs go back to the nodes by masked bilinear interpolation.
 */
final class MeshGridInputs {
    private final MeshGridTransfer transfer;
    private final double[] mask;

    MeshGridInputs(TriangleMesh mesh, int gridNodes) {
        this.transfer = new MeshGridTransfer(mesh, MeshGridTransfer.boundingGrid(mesh, gridNodes, gridNodes));
        boolean[] inside = transfer.mask();
        this.mask = new double[inside.length];
        for (int g = 0; g < inside.length; g++) {
            mask[g] = inside[g] ? 1 : 0;
        }
    }

    UniformGrid grid() { return transfer.grid(); }

    int nodes() { return transfer.mesh().nodeCount(); }

    TriangleMesh mesh() { return transfer.mesh(); }

    /** [2, ny, nx] values of one input: the field on the grid, then the mask. */
    double[] input(double[] nodal) {
        double[] field = transfer.toGrid(nodal);
        double[] out = new double[2 * field.length];
        System.arraycopy(field, 0, out, 0, field.length);
        System.arraycopy(mask, 0, out, field.length, mask.length);
        return out;
    }

    /** [ny, nx] target of one output (0 outside the domain). */
    double[] output(double[] nodal) {
        return transfer.toGrid(nodal);
    }

    /** Grid values back at the mesh nodes. */
    double[] toNodes(double[] gridValues) {
        return transfer.toMesh(gridValues);
    }
}
