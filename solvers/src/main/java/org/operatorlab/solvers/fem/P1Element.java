package org.operatorlab.solvers.fem;

import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Per-element geometry of a P1 mesh, precomputed in flat arrays: areas and the constant basis
 * gradients (grad phi_k = (gx[3e+k], gy[3e+k])).
 */
final class P1Element {
    final double[] area;
    final double[] gx;
    final double[] gy;

    P1Element(TriangleMesh mesh) {
        int ne = mesh.elementCount();
        area = new double[ne];
        gx = new double[3 * ne];
        gy = new double[3 * ne];
        for (int e = 0; e < ne; e++) {
            double a = mesh.area(e);
            if (!(a > 0)) {
                throw new IllegalArgumentException("element " + e + " has area " + a
                        + " (degenerate or clockwise); P1 assembly needs counter-clockwise triangles");
            }
            area[e] = a;
            for (int k = 0; k < 3; k++) {
                int n1 = mesh.node(e, (k + 1) % 3);
                int n2 = mesh.node(e, (k + 2) % 3);
                // grad phi_k is perpendicular to the opposite edge, length 1 / height
                gx[3 * e + k] = (mesh.y(n1) - mesh.y(n2)) / (2 * a);
                gy[3 * e + k] = (mesh.x(n2) - mesh.x(n1)) / (2 * a);
            }
        }
    }
}
