package org.operatorlab.solvers.solve;

import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.operatorlab.solvers.fem.FemProblem;
import org.operatorlab.solvers.problem.BoundaryCondition;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.DeterministicCoefficient;

/**
 * Puts a problem's boundary conditions on a {@link FemProblem}. The problem file states fluxes as ∂u/∂n
 * (Neumann ∂u/∂n = g, Robin ∂u/∂n + α u = g); the assembler's natural condition is D ∂u/∂n with the
 * diffusion coefficient D, so Neumann and Robin data are multiplied by D.
 */
final class FemBoundaries {
    private FemBoundaries() { }

    /**
     * @param diffusion         D as a function of (x, y)
     * @param constantDiffusion D where it is one number, else null (Robin then needs it: the assembler's α is a number)
     * @param t                 the time at which boundary data are evaluated
     * @param withDirichlet     false leaves Dirichlet sides out (the time stepper fixes those nodes itself)
     */
    static void apply(FemProblem fem, Map<String, BoundaryCondition> conditions, DoubleBinaryOperator diffusion,
                      Double constantDiffusion, double t, boolean withDirichlet) {
        conditions.forEach((side, bc) -> {
            if (bc instanceof BoundaryCondition.Dirichlet d) {
                if (withDirichlet) {
                    fem.dirichlet(side, NodePoints.function(d.value(), t));
                }
            } else if (bc instanceof BoundaryCondition.Neumann n) {
                fem.neumann(side, scaled(NodePoints.function(n.flux(), t), diffusion));
            } else if (bc instanceof BoundaryCondition.Robin r) {
                double scale = robinScale(side, constantDiffusion);
                fem.robin(side, scale * robinAlpha(side, r.alpha()), scaled(NodePoints.function(r.value(), t), diffusion));
            }
        });
    }

    /** Whether any condition's data change with t (so loads must be re-assembled per step). */
    static boolean dependOnTime(Map<String, BoundaryCondition> conditions) {
        return conditions.values().stream().anyMatch(FemBoundaries::dependsOnTime);
    }

    private static boolean dependsOnTime(BoundaryCondition bc) {
        if (bc instanceof BoundaryCondition.Dirichlet d) {
            return NodePoints.dependsOnTime(d.value());
        }
        if (bc instanceof BoundaryCondition.Neumann n) {
            return NodePoints.dependsOnTime(n.flux());
        }
        BoundaryCondition.Robin r = (BoundaryCondition.Robin) bc;
        return NodePoints.dependsOnTime(r.value()) || NodePoints.dependsOnTime(r.alpha());
    }

    private static DoubleBinaryOperator scaled(DoubleBinaryOperator g, DoubleBinaryOperator diffusion) {
        return (x, y) -> diffusion.applyAsDouble(x, y) * g.applyAsDouble(x, y);
    }

    private static double robinAlpha(String side, DeterministicCoefficient alpha) {
        if (alpha instanceof Constant c) {
            return c.value();
        }
        throw new IllegalArgumentException("robin condition on '" + side + "': alpha must be a number for the P1 solver,"
                + " got an expression");
    }

    private static double robinScale(String side, Double constantDiffusion) {
        if (constantDiffusion == null) {
            throw new IllegalArgumentException("robin condition on '" + side + "' needs a constant diffusion coefficient"
                    + " for the P1 solver (its alpha is scaled by it)");
        }
        return constantDiffusion;
    }
}
