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
        double[] angles = new double[mesh.elementCount()];
        for (int e = 0; e < angles.length; e++) {
            double min = 180;
            for (int k = 0; k < 3; k++) {
                int a = mesh.node(e, k), b = mesh.node(e, (k + 1) % 3), c = mesh.node(e, (k + 2) % 3);
                double ux = mesh.x(b) - mesh.x(a), uy = mesh.y(b) - mesh.y(a);
                double vx = mesh.x(c) - mesh.x(a), vy = mesh.y(c) - mesh.y(a);
                double angle = Math.toDegrees(Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy));
                min = Math.min(min, angle);
            }
            angles[e] = min;
        }
        return angles;
    }
}
