package org.operatorlab.solvers.solve;

import java.util.function.DoubleBinaryOperator;
import java.util.regex.Pattern;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.DeterministicCoefficient;
import org.operatorlab.solvers.problem.ExpressionCoefficient;

/** The node coordinates of a mesh or grid, where coefficients are evaluated into nodal fields. */
record NodePoints(double[] x, double[] y) {
    private static final Pattern USES_TIME = Pattern.compile("(?<![A-Za-z0-9_])t(?![A-Za-z0-9_])");

    static NodePoints of(TriangleMesh mesh) {
        return new NodePoints(mesh.xCoordinates(), mesh.yCoordinates());
    }

    static NodePoints of(UniformGrid grid) {
        int n = grid.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                x[grid.index(i, j)] = grid.x(i);
                y[grid.index(i, j)] = grid.y(j);
            }
        }
        return new NodePoints(x, y);
    }

    int count() { return x.length; }

    /** c at every node at time t. */
    double[] values(DeterministicCoefficient c, double t) {
        double[] out = new double[x.length];
        c.evaluate(x, y, t, out);
        return out;
    }

    /** The coefficient as a function of (x, y) at time t; one evaluator, so for the calling thread only. */
    static DoubleBinaryOperator function(DeterministicCoefficient c, double t) {
        if (c instanceof Constant k) {
            double v = k.value();
            return (px, py) -> v;
        }
        DeterministicCoefficient.PointFunction f = c.evaluator();
        return (px, py) -> f.value(px, py, t);
    }

    /** The coefficient, which must not be random here ({@code where} names it in the error). */
    static DeterministicCoefficient deterministic(Coefficient c, String where) {
        if (c instanceof DeterministicCoefficient d) {
            return d;
        }
        throw new IllegalArgumentException(where + " is random; random inputs are drawn only for darcy and poisson"
                + " on grids with u = 0 on the boundary, and for burgers / navier_stokes initial conditions");
    }

    /** Whether the coefficient's value changes with t. */
    static boolean dependsOnTime(DeterministicCoefficient c) {
        return c instanceof ExpressionCoefficient e && USES_TIME.matcher(e.source()).find();
    }
}
