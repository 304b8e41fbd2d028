package org.operatorlab.solvers.solve;

import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.solvers.fd.FivePointOperator;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.precond.FastPoissonPreconditioner;
import org.operatorlab.solvers.problem.BoundaryCondition;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.PdeSpec;
import org.operatorlab.solvers.problem.Problem;

/**
 * The 5-point system of a steady family on the interior of a grid, where {@link FivePointOperator} covers it:
 * u = 0 on every side, and for convection–diffusion a constant ε and velocity. Helmholtz is the Poisson matrix
 * with −k² added to its diagonal. SPD systems come with a fast-Poisson preconditioner when the coefficient
 * varies by at most {@value #NEAR_CONSTANT_RATIO}× (its condition number is then at most that ratio).
 */
final class FivePointSystem {
    /** max a / min a up to which fast Poisson preconditions Darcy (the FNO benchmark's 12 / 3 is 4). */
    static final double NEAR_CONSTANT_RATIO = 4;

    /**
     * @param hint the fitted preconditioner, or null to let the plan choose
     */
    record Assembled(LinearSystem system, PreconditionerChoice hint) { }

    private FivePointSystem() { }

    /** Whether the 5-point operators cover the problem on its grid. */
    static boolean covers(Problem problem) {
        boolean zeroDirichlet = problem.effectiveBoundaryConditions().values().stream()
                .allMatch(bc -> bc instanceof BoundaryCondition.Dirichlet d && d.value() instanceof Constant c && c.value() == 0);
        if (!zeroDirichlet) {
            return false;
        }
        PdeSpec pde = problem.pde();
        return switch (pde.family()) {
            case POISSON, DARCY, HELMHOLTZ -> true;
            case CONVECTION_DIFFUSION -> pde.coefficient("epsilon") instanceof Constant
                    && pde.vector("velocity").stream().allMatch(c -> c instanceof Constant);
            default -> false;
        };
    }

    /**
     * @param random the drawn random input (a or f), or null
     */
    static Assembled assemble(Problem problem, UniformGrid grid, NodePoints nodes, RandomInput random) {
        PdeSpec pde = problem.pde();
        double[] f = nodal(problem, nodes, random, "f");
        return switch (pde.family()) {
            case POISSON -> new Assembled(FivePointOperator.poisson(grid, f), fastPoisson(grid, 1));
            case DARCY -> {
                double[] a = nodal(problem, nodes, random, "a");
                double min = Double.POSITIVE_INFINITY, max = 0, sum = 0;
                for (double v : a) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    sum += v;
                }
                LinearSystem system = FivePointOperator.darcy(grid, a, f);
                yield new Assembled(system, max <= NEAR_CONSTANT_RATIO * min ? fastPoisson(grid, sum / a.length) : null);
            }
            case HELMHOLTZ -> new Assembled(shifted(FivePointOperator.poisson(grid, f), nodal(problem, nodes, random, "k")), null);
            case CONVECTION_DIFFUSION -> new Assembled(FivePointOperator.convectionDiffusion(grid,
                    ((Constant) pde.coefficient("epsilon")).value(),
                    ((Constant) pde.vector("velocity").get(0)).value(),
                    ((Constant) pde.vector("velocity").get(1)).value(), f), null);
            default -> throw new IllegalArgumentException(pde.family().key() + " is not a steady family");
        };
    }

    private static double[] nodal(Problem problem, NodePoints nodes, RandomInput random, String name) {
        double[] drawn = random == null ? null : random.valuesOf(name);
        return drawn != null ? drawn : nodes.values(NodePoints.deterministic(problem.pde().coefficient(name), name), 0);
    }

    /** The Poisson system with −k² at each unknown's diagonal. */
    private static LinearSystem shifted(LinearSystem poisson, double[] k) {
        CsrMatrix m = poisson.matrix();
        double[] values = m.values().clone();
        int[] nodeOf = poisson.unknownToNode();
        for (int u = 0; u < m.rows(); u++) {
            double kk = k[nodeOf[u]];
            values[m.indexOf(u, u)] -= kk * kk;
        }
        CsrMatrix a = CsrMatrix.of(m.rows(), m.cols(), m.rowPointers().clone(), m.columnIndices().clone(), values);
        return new LinearSystem(a, poisson.rhs(), nodeOf);
    }

    private static PreconditionerChoice fastPoisson(UniformGrid grid, double scale) {
        return PreconditionerChoice.named("fast-poisson",
                a -> FastPoissonPreconditioner.forGrid(grid.nx() - 2, grid.ny() - 2, grid.dx(), grid.dy(), scale));
    }
}
