package org.operatorlab.operators.pinn;

import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * The PINN accuracy case of the benchmark and the CI test: −Δu = 2π² sin(πx) sin(πy) on the unit square,
 * exact solution sin(πx) sin(πy), and its relative L2 error on a 101 × 101 grid.
 */
public final class SineBenchmark {
    private SineBenchmark() {
    }

    /** The problem with every side given {@code boundary} (a JSON condition), e.g. Dirichlet 0. */
    public static Problem problem(String boundary) {
        return ProblemReader.read(json(boundary), "sine.json");
    }

    /** The problem file's text with every side given {@code boundary}. */
    public static String json(String boundary) {
        return json("sine", "{\"shape\": \"rectangle\", \"xmin\": 0, \"ymin\": 0, \"xmax\": 1, \"ymax\": 1}", 0.1,
                "\"left\": %1$s, \"right\": %1$s, \"bottom\": %1$s, \"top\": %1$s".formatted(boundary));
    }

    /**
     * The text of −Δu = 2π² sin(πx) sin(πy) on any geometry (a JSON object) meshed with triangles of
     * {@code meshSize}, with the given boundary entries (the inside of the "boundary" object).
     */
    static String json(String name, String geometry, double meshSize, String boundaries) {
        return """
            {"format": "operatorlab-problem/1", "name": "%s",
             "geometry": %s,
             "mesh": {"type": "triangles", "size": %s},
             "pde": {"family": "poisson", "coefficients": {"f": "2*pi^2*sin(pi*x)*sin(pi*y)"}},
             "boundary": {%s},
             "outputs": {"fields": ["u"], "every": 1, "vtk": "binary"}}
            """.formatted(name, geometry, Double.toString(meshSize), boundaries);
    }

    /** sin(πx) sin(πy): the exact solution wherever u = 0 on sides that lie on the lines x, y ∈ ℤ. */
    static double exact(double x, double y) {
        return Math.sin(Math.PI * x) * Math.sin(Math.PI * y);
    }

    /** The problem with u = 0 on every side. */
    public static Problem dirichletProblem() {
        return problem(DIRICHLET_ZERO);
    }

    /** The problem file's text with u = 0 on every side. */
    public static String dirichletJson() {
        return json(DIRICHLET_ZERO);
    }

    static final String DIRICHLET_ZERO = "{\"type\": \"dirichlet\", \"value\": 0}";

    /** Relative L2 error of a trained PINN against sin(πx) sin(πy) on a 101 × 101 grid. */
    public static double relativeError(PinnSolution s) {
        int m = 101;
        double[] x = new double[m * m], y = new double[m * m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                x[j * m + i] = i / (m - 1.0);
                y[j * m + i] = j / (m - 1.0);
            }
        }
        double[] u = s.predict(new Points(x, y, null, null, null));
        double num = 0, den = 0;
        for (int k = 0; k < u.length; k++) {
            double exact = exact(x[k], y[k]);
            num += (u[k] - exact) * (u[k] - exact);
            den += exact * exact;
        }
        return Math.sqrt(num / den);
    }
}
