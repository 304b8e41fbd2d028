package org.operatorlab.solvers.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fem.P1Assembler;
import org.operatorlab.solvers.problem.BoundaryCondition;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.MeshSpec;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.TimeSpec;

/**
 * Every example in resources/problems solves, coarsened to keep the suite fast (triangles of size >= 0.1,
 * grids a quarter as fine, at most 20 time steps), and passes one check its family allows without a closed
 * form: steady problems agree with a direct solve and hold their Dirichlet values; heat stays within the
 * range of its initial and boundary data (maximum principle); Burgers and Navier–Stokes keep their mean.
 */
class ShippedExamplesSolveTest {
    private static final int MAX_STEPS = 20;

    @TestFactory
    Stream<DynamicTest> everyShippedExampleSolves() throws IOException {
        return ShippedExamples.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(coarse(ShippedExamples.read(name)))));
    }

    static Problem coarse(Problem p) {
        MeshSpec mesh = p.mesh();
        if (mesh instanceof MeshSpec.Triangles t) {
            mesh = new MeshSpec.Triangles(Math.max(t.size(), 0.1));
        } else if (mesh instanceof MeshSpec.Grid g) {
            mesh = new MeshSpec.Grid(quarter(g.nx(), g.periodicX()), g.ny() == 1 ? 1 : quarter(g.ny(), g.periodicY()),
                    g.periodicX(), g.periodicY());
        }
        Optional<TimeSpec> time = p.time().map(t -> new TimeSpec(t.start(), Math.min(t.end(), t.start() + MAX_STEPS * t.dt()), t.dt()));
        return new Problem(p.name(), p.description(), p.geometry(), mesh, p.pde(), p.boundary(), p.initial(), time, p.outputs());
    }

    private static int quarter(int n, boolean periodic) {
        return Math.max(9, periodic ? n / 4 : (n - 1) / 4 + 1);
    }

    private static SolveOutcome solve(Problem p, String method) {
        return new ProblemSolver(SolveOptions.defaults().withMethod(method).withSeed(11))
                .solve(p, ProgressListener.NONE, CancellationToken.none());
    }

    private static void check(Problem p) {
        SolveOutcome out = solve(p, "auto");
        String summary = out.stats().summary();
        switch (p.pde().family()) {
            case BURGERS, NAVIER_STOKES -> {
                String w = out.fields().find("w").isPresent() ? "w" : "u";
                assertEquals(mean(out.fields().get(w + "0").values()), mean(out.fields().get(w).values()), 1e-10, summary);
                assertEquals(out.series().size() - 1, (int) Math.ceil((double) out.stats().timeSteps() / p.outputs().every()));
            }
            case HEAT -> {
                double[] u0 = out.fields().get("u0").values();
                double low = Arrays.stream(u0).min().orElseThrow(), high = Arrays.stream(u0).max().orElseThrow();
                for (BoundaryCondition bc : p.effectiveBoundaryConditions().values()) {
                    double g = ((Constant) ((BoundaryCondition.Dirichlet) bc).value()).value();
                    low = Math.min(low, g);
                    high = Math.max(high, g);
                }
                for (double v : out.fields().get("u").values()) {
                    assertTrue(v >= low - 0.02 * (high - low) && v <= high + 0.02 * (high - low), "u = " + v + "; " + summary);
                }
                assertDirichletHeld(p, out);
            }
            default -> {
                double[] u = out.fields().get("u").values();
                double[] direct = solve(p, "direct").fields().get("u").values();
                double scale = Arrays.stream(direct).map(Math::abs).max().orElseThrow();
                assertTrue(scale > 0, "non-trivial solution");
                for (int i = 0; i < u.length; i++) {
                    assertEquals(direct[i], u[i], 1e-7 * scale, "node " + i + "; " + summary);
                }
                assertDirichletHeld(p, out);
            }
        }
    }

    /** Nodes of each side with a constant Dirichlet value carry that value (grids: the 5-point boundary is 0). */
    private static void assertDirichletHeld(Problem p, SolveOutcome out) {
        if (!(out.domain() instanceof ProblemDomain.Triangulated t)) {
            return;
        }
        TriangleMesh mesh = t.mesh();
        double[] u = out.fields().get("u").values();
        P1Assembler assembler = new P1Assembler(mesh);
        int checked = 0;
        for (var e : p.effectiveBoundaryConditions().entrySet()) {
            if (e.getValue() instanceof BoundaryCondition.Dirichlet d && d.value() instanceof Constant c) {
                boolean[] nodes = assembler.nodesOn(e.getKey());
                for (int i = 0; i < nodes.length; i++) {
                    if (nodes[i]) {
                        // Where two sides meet the later one wins; both values are legitimate there.
                        boolean corner = isOnAnotherDirichletSide(p, assembler, e.getKey(), i);
                        assertTrue(corner || u[i] == c.value(), e.getKey() + " node " + i + ": " + u[i]);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 0 || p.effectiveBoundaryConditions().values().stream()
                .noneMatch(bc -> bc instanceof BoundaryCondition.Dirichlet));
    }

    private static boolean isOnAnotherDirichletSide(Problem p, P1Assembler assembler, String side, int node) {
        return p.effectiveBoundaryConditions().entrySet().stream()
                .filter(e -> !e.getKey().equals(side) && e.getValue() instanceof BoundaryCondition.Dirichlet)
                .anyMatch(e -> assembler.nodesOn(e.getKey())[node]);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }
}
