package org.operatorlab.solvers.fem;

import java.util.function.DoubleBinaryOperator;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * Assembles P1 finite-element matrices and vectors on a {@link TriangleMesh}. Element terms go into
 * {@link Triplets} so several terms can be summed into one matrix; the public one-term methods
 * ({@link #stiffness}, {@link #mass}) return CSR directly. Coefficients given as functions are
 * integrated with {@link TriangleQuadrature#DEGREE_2} (exact for quadratics); boundary integrals use
 * 2-point Gauss (exact for cubics). Instances are immutable and thread-safe.
 */
public final class P1Assembler {
    private static final double GAUSS = 0.5 / Math.sqrt(3);

    private final TriangleMesh mesh;
    private final P1Element el;
    private final double[] x;
    private final double[] y;

    public P1Assembler(TriangleMesh mesh) {
        this.mesh = mesh;
        this.el = new P1Element(mesh);
        this.x = mesh.xCoordinates();
        this.y = mesh.yCoordinates();
    }

    public TriangleMesh mesh() { return mesh; }

    /** K_ij = int a grad phi_i . grad phi_j. */
    public CsrMatrix stiffness(DoubleBinaryOperator a) {
        Triplets t = new Triplets(9 * mesh.elementCount());
        addStiffness(t, a);
        return t.toCsr(mesh.nodeCount());
    }

    /** Stiffness with a nodal (P1-interpolated) coefficient, integrated exactly. */
    public CsrMatrix stiffness(double[] nodalA) {
        Triplets t = new Triplets(9 * mesh.elementCount());
        addStiffness(t, nodalA);
        return t.toCsr(mesh.nodeCount());
    }

    /** M_ij = int phi_i phi_j (exact). */
    public CsrMatrix mass() {
        Triplets t = new Triplets(9 * mesh.elementCount());
        addMass(t, (px, py) -> 1);
        return t.toCsr(mesh.nodeCount());
    }

    void addStiffness(Triplets t, DoubleBinaryOperator a) {
        for (int e = 0; e < mesh.elementCount(); e++) {
            addElementStiffness(t, e, el.area[e] * average(e, a));
        }
    }

    void addStiffness(Triplets t, double[] nodalA) {
        requireNodal("diffusion coefficient", nodalA);
        for (int e = 0; e < mesh.elementCount(); e++) {
            double mean = (nodalA[mesh.node(e, 0)] + nodalA[mesh.node(e, 1)] + nodalA[mesh.node(e, 2)]) / 3;
            addElementStiffness(t, e, el.area[e] * mean);
        }
    }

    private void addElementStiffness(Triplets t, int e, double integralOfA) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double g = el.gx[3 * e + i] * el.gx[3 * e + j] + el.gy[3 * e + i] * el.gy[3 * e + j];
                t.add(mesh.node(e, i), mesh.node(e, j), integralOfA * g);
            }
        }
    }

    /** int c phi_i phi_j with c by quadrature (c = 1 gives the exact mass matrix). */
    void addMass(Triplets t, DoubleBinaryOperator c) {
        TriangleQuadrature rule = TriangleQuadrature.DEGREE_4;
        double[] cq = new double[rule.points()];
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int q = 0; q < rule.points(); q++) {
                cq[q] = at(e, rule, q, c) * rule.weight(q) * el.area[e];
            }
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double s = 0;
                    for (int q = 0; q < rule.points(); q++) {
                        s += cq[q] * rule.lambda(q, i) * rule.lambda(q, j);
                    }
                    t.add(mesh.node(e, i), mesh.node(e, j), s);
                }
            }
        }
    }

    /** C_ij = int (b . grad phi_j) phi_i. */
    void addConvection(Triplets t, DoubleBinaryOperator bx, DoubleBinaryOperator by) {
        TriangleQuadrature rule = TriangleQuadrature.DEGREE_2;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int i = 0; i < 3; i++) {
                double wbx = 0, wby = 0; // int b phi_i
                for (int q = 0; q < rule.points(); q++) {
                    double w = rule.weight(q) * el.area[e] * rule.lambda(q, i);
                    wbx += w * at(e, rule, q, bx);
                    wby += w * at(e, rule, q, by);
                }
                for (int j = 0; j < 3; j++) {
                    t.add(mesh.node(e, i), mesh.node(e, j), wbx * el.gx[3 * e + j] + wby * el.gy[3 * e + j]);
                }
            }
        }
    }

    /**
     * SUPG for P1: tau_e int (b . grad phi_j)(b . grad phi_i) with b at the centroid and
     * tau_e = h/(2|b|) (coth Pe - 1/Pe), Pe = |b| h / (2 eps), h the longest edge. The consistent load
     * term tau_e int f (b . grad phi_i) is added to {@code rhs} (P1 has no second-derivative residual).
     */
    void addStreamlineDiffusion(Triplets t, double[] rhs, DoubleBinaryOperator bx, DoubleBinaryOperator by,
                                double diffusion, DoubleBinaryOperator f) {
        for (int e = 0; e < mesh.elementCount(); e++) {
            double cx = centroid(x, e), cy = centroid(y, e);
            double b1 = bx.applyAsDouble(cx, cy), b2 = by.applyAsDouble(cx, cy);
            double speed = Math.hypot(b1, b2);
            if (speed == 0) {
                continue;
            }
            double h = longestEdge(e);
            double peclet = speed * h / (2 * diffusion);
            double xi = peclet > 20 ? 1 - 1 / peclet : 1 / Math.tanh(peclet) - 1 / peclet;
            double tau = h / (2 * speed) * xi;
            double fc = f == null ? 0 : f.applyAsDouble(cx, cy);
            for (int i = 0; i < 3; i++) {
                double bi = b1 * el.gx[3 * e + i] + b2 * el.gy[3 * e + i];
                for (int j = 0; j < 3; j++) {
                    double bj = b1 * el.gx[3 * e + j] + b2 * el.gy[3 * e + j];
                    t.add(mesh.node(e, i), mesh.node(e, j), tau * el.area[e] * bi * bj);
                }
                rhs[mesh.node(e, i)] += tau * el.area[e] * fc * bi;
            }
        }
    }

    /** F_i = int f phi_i. */
    public double[] load(DoubleBinaryOperator f) {
        double[] rhs = new double[mesh.nodeCount()];
        addLoad(rhs, f);
        return rhs;
    }

    void addLoad(double[] rhs, DoubleBinaryOperator f) {
        TriangleQuadrature rule = TriangleQuadrature.DEGREE_4;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int q = 0; q < rule.points(); q++) {
                double w = rule.weight(q) * el.area[e] * at(e, rule, q, f);
                for (int k = 0; k < 3; k++) {
                    rhs[mesh.node(e, k)] += w * rule.lambda(q, k);
                }
            }
        }
    }

    /** int_boundary g phi_i over the edges of the named boundary. */
    void addBoundaryLoad(double[] rhs, String boundary, DoubleBinaryOperator g) {
        int tag = tagOf(boundary);
        for (int edge = 0; edge < mesh.boundaryEdgeCount(); edge++) {
            if (mesh.boundaryEdgeTag(edge) != tag) {
                continue;
            }
            int a = mesh.boundaryEdgeNode(edge, 0), b = mesh.boundaryEdgeNode(edge, 1);
            double len = Math.hypot(x[b] - x[a], y[b] - y[a]);
            for (double s : new double[] {0.5 - GAUSS, 0.5 + GAUSS}) {
                double gq = g.applyAsDouble(x[a] + s * (x[b] - x[a]), y[a] + s * (y[b] - y[a])) * len / 2;
                rhs[a] += gq * (1 - s);
                rhs[b] += gq * s;
            }
        }
    }

    /** int_boundary alpha phi_i phi_j over the edges of the named boundary (exact). */
    void addBoundaryMass(Triplets t, String boundary, double alpha) {
        int tag = tagOf(boundary);
        for (int edge = 0; edge < mesh.boundaryEdgeCount(); edge++) {
            if (mesh.boundaryEdgeTag(edge) != tag) {
                continue;
            }
            int a = mesh.boundaryEdgeNode(edge, 0), b = mesh.boundaryEdgeNode(edge, 1);
            double len = Math.hypot(x[b] - x[a], y[b] - y[a]);
            t.add(a, a, alpha * len / 3);
            t.add(b, b, alpha * len / 3);
            t.add(a, b, alpha * len / 6);
            t.add(b, a, alpha * len / 6);
        }
    }

    /** Marks the nodes of the named boundary in {@code fixed} and sets values[node] = g(node). */
    void markBoundaryNodes(String boundary, DoubleBinaryOperator g, boolean[] fixed, double[] values) {
        int tag = tagOf(boundary);
        for (int edge = 0; edge < mesh.boundaryEdgeCount(); edge++) {
            if (mesh.boundaryEdgeTag(edge) == tag) {
                for (int k = 0; k < 2; k++) {
                    int node = mesh.boundaryEdgeNode(edge, k);
                    fixed[node] = true;
                    values[node] = g.applyAsDouble(x[node], y[node]);
                }
            }
        }
    }

    /** Marks the nodes on the named boundaries (e.g. the Dirichlet nodes of a time-dependent problem). */
    public boolean[] nodesOn(String... boundaries) {
        boolean[] mask = new boolean[mesh.nodeCount()];
        double[] ignored = new double[mesh.nodeCount()];
        for (String b : boundaries) {
            markBoundaryNodes(b, (px, py) -> 0, mask, ignored);
        }
        return mask;
    }

    int tagOf(String boundary) {
        int tag = mesh.boundaryNames().indexOf(boundary);
        if (tag < 0) {
            throw new IllegalArgumentException("no boundary named '" + boundary + "' in the mesh (it has "
                    + mesh.boundaryNames() + ")");
        }
        return tag;
    }

    private double average(int e, DoubleBinaryOperator a) {
        TriangleQuadrature rule = TriangleQuadrature.DEGREE_2;
        double s = 0;
        for (int q = 0; q < rule.points(); q++) {
            s += rule.weight(q) * at(e, rule, q, a);
        }
        return s;
    }

    private double at(int e, TriangleQuadrature rule, int q, DoubleBinaryOperator f) {
        double px = 0, py = 0;
        for (int k = 0; k < 3; k++) {
            px += rule.lambda(q, k) * x[mesh.node(e, k)];
            py += rule.lambda(q, k) * y[mesh.node(e, k)];
        }
        return f.applyAsDouble(px, py);
    }

    private double centroid(double[] c, int e) {
        return (c[mesh.node(e, 0)] + c[mesh.node(e, 1)] + c[mesh.node(e, 2)]) / 3;
    }

    private double longestEdge(int e) {
        double h = 0;
        for (int k = 0; k < 3; k++) {
            int a = mesh.node(e, k), b = mesh.node(e, (k + 1) % 3);
            h = Math.max(h, Math.hypot(x[b] - x[a], y[b] - y[a]));
        }
        return h;
    }

    private void requireNodal(String what, double[] v) {
        if (v.length != mesh.nodeCount()) {
            throw new IllegalArgumentException(what + " has " + v.length + " nodal values, the mesh has "
                    + mesh.nodeCount() + " nodes");
        }
    }
}
