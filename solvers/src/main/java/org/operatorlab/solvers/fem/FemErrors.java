package org.operatorlab.solvers.fem;

import java.util.function.DoubleBinaryOperator;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Errors of a P1 nodal field against an exact solution, by {@link TriangleQuadrature#DEGREE_4} per
 * element (so the quadrature error stays below the discretisation error of P1).
 */
public final class FemErrors {
    private FemErrors() {
    }

    /** ||u - u_h||_{L2}. */
    public static double l2(TriangleMesh mesh, double[] uh, DoubleBinaryOperator exact) {
        requireNodal(mesh, uh);
        TriangleQuadrature rule = TriangleQuadrature.DEGREE_4;
        double sum = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            double area = mesh.area(e);
            for (int q = 0; q < rule.points(); q++) {
                double px = 0, py = 0, u = 0;
                for (int k = 0; k < 3; k++) {
                    int node = mesh.node(e, k);
                    double l = rule.lambda(q, k);
                    px += l * mesh.x(node);
                    py += l * mesh.y(node);
                    u += l * uh[node];
                }
                double d = exact.applyAsDouble(px, py) - u;
                sum += rule.weight(q) * area * d * d;
            }
        }
        return Math.sqrt(sum);
    }

    /** |u - u_h|_{H1} = ||grad u - grad u_h||_{L2}, given the exact gradient (dx, dy). */
    public static double h1Seminorm(TriangleMesh mesh, double[] uh, DoubleBinaryOperator exactDx,
                                    DoubleBinaryOperator exactDy) {
        requireNodal(mesh, uh);
        P1Element el = new P1Element(mesh);
        TriangleQuadrature rule = TriangleQuadrature.DEGREE_4;
        double sum = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            double gx = 0, gy = 0;
            for (int k = 0; k < 3; k++) {
                gx += uh[mesh.node(e, k)] * el.gx[3 * e + k];
                gy += uh[mesh.node(e, k)] * el.gy[3 * e + k];
            }
            for (int q = 0; q < rule.points(); q++) {
                double px = 0, py = 0;
                for (int k = 0; k < 3; k++) {
                    px += rule.lambda(q, k) * mesh.x(mesh.node(e, k));
                    py += rule.lambda(q, k) * mesh.y(mesh.node(e, k));
                }
                double dx = exactDx.applyAsDouble(px, py) - gx;
                double dy = exactDy.applyAsDouble(px, py) - gy;
                sum += rule.weight(q) * el.area[e] * (dx * dx + dy * dy);
            }
        }
        return Math.sqrt(sum);
    }

    private static void requireNodal(TriangleMesh mesh, double[] uh) {
        if (uh.length != mesh.nodeCount()) {
            throw new IllegalArgumentException("field has " + uh.length + " values, the mesh has "
                    + mesh.nodeCount() + " nodes");
        }
    }
}
