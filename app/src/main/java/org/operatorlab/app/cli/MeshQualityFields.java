package org.operatorlab.app.cli;

import org.operatorlab.mesh.tri.TriangleMesh;

/** Per-element quality values written as cell fields, so ParaView can colour bad elements. */
final class MeshQualityFields {
    private MeshQualityFields() { }

    static double[] areas(TriangleMesh mesh) {
        double[] a = new double[mesh.elementCount()];
        for (int e = 0; e < a.length; e++) {
            a[e] = mesh.area(e);
        }
        return a;
    }

    static double[] minAngles(TriangleMesh mesh) {
        return org.operatorlab.mesh.tri.MeshQuality.elementMinAngles(mesh);
    }
}
