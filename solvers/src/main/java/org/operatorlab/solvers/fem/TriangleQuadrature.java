package org.operatorlab.solvers.fem;

/**
 * Symmetric quadrature rules on a triangle in barycentric coordinates; weights sum to 1 (multiply by
 * the area). DEGREE_2: the three edge midpoints. DEGREE_4: Strang-Fix / Dunavant 6 points.
 */
public enum TriangleQuadrature {
    DEGREE_2(new double[][] {{0.5, 0.5, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}}, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}),
    DEGREE_4(sixPoints(), sixWeights());

    private final double[][] barycentric;
    private final double[] weights;

    TriangleQuadrature(double[][] barycentric, double[] weights) {
        this.barycentric = barycentric;
        this.weights = weights;
    }

    public int points() { return weights.length; }

    /** Barycentric coordinate {@code k} (0..2) of point {@code q}: also the value of P1 basis k there. */
    public double lambda(int q, int k) { return barycentric[q][k]; }

    public double weight(int q) { return weights[q]; }

    private static double[][] sixPoints() {
        double a = 0.445948490915965, b = 0.108103018168070;
        double c = 0.091576213509771, d = 0.816847572980459;
        return new double[][] {{a, a, b}, {a, b, a}, {b, a, a}, {c, c, d}, {c, d, c}, {d, c, c}};
    }

    private static double[] sixWeights() {
        double w1 = 0.223381589678011, w2 = 0.109951743655322;
        return new double[] {w1, w1, w1, w2, w2, w2};
    }
}
