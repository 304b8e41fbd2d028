package org.operatorlab.solvers.solve;

import org.operatorlab.mesh.grid.GridTriangulation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.operatorlab.solvers.solve.ProblemJson.grid;
import static org.operatorlab.solvers.solve.ProblemJson.pde;
import static org.operatorlab.solvers.solve.ProblemJson.square;
import static org.operatorlab.solvers.solve.ProblemJson.triangles;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fem.FemErrors;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;

/** Steady families against manufactured solutions: convergence orders, scalings, boundary conditions. */
class EllipticSolveTest {
    private static final String ZERO_SIDES = "{}";
    private static final DoubleBinaryOperator SINES = (x, y) -> Math.sin(Math.PI * x) * Math.sin(Math.PI * y);

    private static SolveOutcome solve(Problem p) {
        return new ProblemSolver(SolveOptions.defaults()).solve(p, ProgressListener.NONE, CancellationToken.none());
    }

    private static double l2Error(Problem p, DoubleBinaryOperator exact) {
        SolveOutcome out = solve(p);
        assertTrue(out.stats().relativeResidual() <= 1e-10, out.stats().summary());
        return FemErrors.l2(meshOf(out), out.fields().get("u").values(), exact);
    }

    private static TriangleMesh meshOf(SolveOutcome out) {
        return out.domain() instanceof ProblemDomain.Triangulated t ? t.mesh()
                : GridTriangulation.of(((ProblemDomain.Grid) out.domain()).grid());
    }

    /** log2 of the error ratio when the mesh size halves from h to h/2. */
    private static double order(java.util.function.DoubleFunction<Problem> problemOfSize, DoubleBinaryOperator exact, double h) {
        return Math.log(l2Error(problemOfSize.apply(h), exact) / l2Error(problemOfSize.apply(h / 2), exact)) / Math.log(2);
    }

    @Test
    void poissonOnTrianglesConvergesAtOrderTwo() {
        double order = order(h -> square(triangles(h), pde("poisson", "'f': '2*pi^2*sin(pi*x)*sin(pi*y)'"), ZERO_SIDES),
                SINES, 0.1);
        assertEquals(2, order, 0.25);
        assertTrue(l2Error(square(triangles(0.05), pde("poisson", "'f': '2*pi^2*sin(pi*x)*sin(pi*y)'"), ZERO_SIDES), SINES)
                < 3e-3);
    }

    @Test
    void poissonOnGridUsesFivePointsWithFastPoissonAndConvergesAtOrderTwo() {
        String f = "'f': '2*pi^2*sin(pi*x)*sin(pi*y)'";
        double coarse = maxNodalError(solve(square(grid(17), pde("poisson", f), ZERO_SIDES)), SINES);
        SolveOutcome fine = solve(square(grid(33), pde("poisson", f), ZERO_SIDES));
        assertEquals("fast-poisson", fine.stats().preconditioner());
        assertEquals(31 * 31, fine.stats().unknowns());
        assertEquals(2, Math.log(coarse / maxNodalError(fine, SINES)) / Math.log(2), 0.1);
    }

    @Test
    void darcyWithConstantCoefficientIsPoissonScaled() {
        SolveOutcome darcy = solve(square(grid(41), pde("darcy", "'a': 2.5, 'f': 'exp(x)*y'"), ZERO_SIDES));
        SolveOutcome poisson = solve(square(grid(41), pde("poisson", "'f': 'exp(x)*y/2.5'"), ZERO_SIDES));
        double[] ud = darcy.fields().get("u").values();
        double[] up = poisson.fields().get("u").values();
        double max = 0;
        for (int i = 0; i < ud.length; i++) {
            assertEquals(up[i], ud[i], 1e-9 * Math.abs(up[i]) + 1e-13);
            max = Math.max(max, ud[i]);
        }
        assertTrue(max > 0.01, "solution is not trivially zero: max " + max);
        assertEquals(2.5, darcy.fields().get("a").value(7));
    }

    @Test
    void darcyWithVariableCoefficientOnTrianglesConvergesAtOrderTwo() {
        // a = 1 + x y, u = sin(pi x) sin(pi y): f = -div(a grad u).
        String f = "'f': '(1+x*y)*2*pi^2*sin(pi*x)*sin(pi*y) - pi*(y*cos(pi*x)*sin(pi*y) + x*sin(pi*x)*cos(pi*y))'";
        double order = order(h -> square(triangles(h), pde("darcy", "'a': '1+x*y', " + f), ZERO_SIDES), SINES, 0.1);
        assertEquals(2, order, 0.25);
    }

    @Test
    void helmholtzWithWavenumberTwoConvergesAtOrderTwoByGmres() {
        String p = "'k': 2, 'f': '(2*pi^2-4)*sin(pi*x)*sin(pi*y)'";
        SolveOutcome out = solve(square(triangles(0.05), pde("helmholtz", p), ZERO_SIDES));
        assertTrue(out.stats().method().startsWith("gmres"), out.stats().summary());
        assertEquals("ilu0", out.stats().preconditioner());
        double order = order(h -> square(triangles(h), pde("helmholtz", p), ZERO_SIDES), SINES, 0.1);
        assertEquals(2, order, 0.25);
    }

    @Test
    void helmholtzOnGridShiftsTheFivePointDiagonal() {
        String p = "'k': 2, 'f': '(2*pi^2-4)*sin(pi*x)*sin(pi*y)'";
        double coarse = maxNodalError(solve(square(grid(17), pde("helmholtz", p), ZERO_SIDES)), SINES);
        double fine = maxNodalError(solve(square(grid(33), pde("helmholtz", p), ZERO_SIDES)), SINES);
        assertEquals(2, Math.log(coarse / fine) / Math.log(2), 0.1);
    }

    @Test
    void convectionDiffusionConvergesAtOrderTwo() {
        String p = "'epsilon': 0.5, 'velocity': ['1', 'x'], 'f': '0.5*2*pi^2*sin(pi*x)*sin(pi*y)"
                + " + pi*cos(pi*x)*sin(pi*y) + x*pi*sin(pi*x)*cos(pi*y)'";
        double order = order(h -> square(triangles(h), pde("convection_diffusion", p), ZERO_SIDES), SINES, 0.1);
        assertEquals(2, order, 0.25);
    }

    @Test
    void neumannAndRobinSidesAreHonouredWithFluxesScaledByTheCoefficient() {
        // u = exp(x + y); du/dn on each side: right u_x, bottom -u_y, top u_y (+ 2u for Robin).
        String sides = "{'left': {'type': 'dirichlet', 'value': 'exp(y)'},"
                + " 'right': {'type': 'neumann', 'flux': 'exp(1+y)'},"
                + " 'bottom': {'type': 'neumann', 'flux': '-exp(x)'},"
                + " 'top': {'type': 'robin', 'alpha': 2, 'value': '3*exp(x+1)'}}";
        DoubleBinaryOperator exact = (x, y) -> Math.exp(x + y);
        double poisson = order(h -> square(triangles(h), pde("poisson", "'f': '-2*exp(x+y)'"), sides), exact, 0.1);
        assertEquals(2, poisson, 0.25);
        // Darcy with a = 3: the file states du/dn, so the same data must give the same u.
        double darcy = order(h -> square(triangles(h), pde("darcy", "'a': 3, 'f': '-6*exp(x+y)'"), sides), exact, 0.1);
        assertEquals(2, darcy, 0.25);
        assertTrue(l2Error(square(triangles(0.05), pde("darcy", "'a': 3, 'f': '-6*exp(x+y)'"), sides), exact) < 2e-3);
    }

    @Test
    void gridWithNonZeroBoundaryDataIsSolvedByElementsOnTheGridTriangles() {
        String sides = "{'left': {'type': 'dirichlet', 'value': 'exp(y)'},"
                + " 'right': {'type': 'neumann', 'flux': 'exp(1+y)'},"
                + " 'bottom': {'type': 'dirichlet', 'value': 'exp(x)'},"
                + " 'top': {'type': 'robin', 'alpha': 2, 'value': '3*exp(x+1)'}}";
        DoubleBinaryOperator exact = (x, y) -> Math.exp(x + y);
        double coarse = l2Error(square(grid(11), pde("poisson", "'f': '-2*exp(x+y)'"), sides), exact);
        double fine = l2Error(square(grid(21), pde("poisson", "'f': '-2*exp(x+y)'"), sides), exact);
        assertEquals(2, Math.log(coarse / fine) / Math.log(2), 0.2);
    }

    @Test
    void everyMethodAgreesWithTheDirectSolve() {
        Problem p = square(triangles(0.08), pde("darcy", "'a': '1+x^2', 'f': 1"), ZERO_SIDES);
        double[] direct = new ProblemSolver(SolveOptions.defaults().withMethod("direct"))
                .solve(p, ProgressListener.NONE, CancellationToken.none()).fields().get("u").values();
        for (String method : new String[] {"auto", "cg", "gmres", "bicgstab"}) {
            SolveOutcome out = new ProblemSolver(SolveOptions.defaults().withMethod(method))
                    .solve(p, ProgressListener.NONE, CancellationToken.none());
            double[] u = out.fields().get("u").values();
            for (int i = 0; i < u.length; i++) {
                assertEquals(direct[i], u[i], 1e-9, method + " at node " + i);
            }
            assertTrue(out.stats().iterations() > 0, method);
        }
    }

    private static double maxNodalError(SolveOutcome out, DoubleBinaryOperator exact) {
        UniformGrid g = ((ProblemDomain.Grid) out.domain()).grid();
        double[] u = out.fields().get("u").values();
        double worst = 0;
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                worst = Math.max(worst, Math.abs(u[g.index(i, j)] - exact.applyAsDouble(g.x(i), g.y(j))));
            }
        }
        return worst;
    }
}
