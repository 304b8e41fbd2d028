package org.operatorlab.solvers.solve;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fem.FemProblem;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.PdeSpec;
import org.operatorlab.solvers.problem.Problem;

/**
 * The P1 system of a steady family on a triangle mesh: poisson −Δu = f, darcy −∇·(a∇u) = f, helmholtz
 * −Δu − k²u = f (reaction −k²), convection_diffusion −εΔu + b·∇u = f (SUPG where the mesh Péclet number
 * exceeds 1). Coefficients are expressions or numbers, evaluated at quadrature points.
 */
final class FemEllipticSystem {
    private FemEllipticSystem() { }

    static FemSystem assemble(Problem problem, TriangleMesh mesh) {
        PdeSpec pde = problem.pde();
        FemProblem fem = FemProblem.on(mesh).source(function(pde, "f"));
        DoubleBinaryOperator diffusion = (x, y) -> 1;
        Double constantDiffusion = 1.0;
        switch (pde.family()) {
            case POISSON -> { }
            case DARCY -> {
                diffusion = function(pde, "a");
                constantDiffusion = constant(pde.coefficient("a"));
                fem.diffusion(diffusion);
            }
            case HELMHOLTZ -> {
                DoubleBinaryOperator k = function(pde, "k");
                fem.reaction((x, y) -> {
                    double kk = k.applyAsDouble(x, y);
                    return -kk * kk;
                });
            }
            case CONVECTION_DIFFUSION -> {
                diffusion = function(pde, "epsilon");
                constantDiffusion = constant(pde.coefficient("epsilon"));
                List<Coefficient> b = pde.vector("velocity");
                DoubleBinaryOperator bx = NodePoints.function(NodePoints.deterministic(b.get(0), "velocity"), 0);
                DoubleBinaryOperator by = NodePoints.function(NodePoints.deterministic(b.get(1), "velocity"), 0);
                fem.diffusion(diffusion).convection(bx, by, meshPeclet(mesh, diffusion, bx, by) > 1);
            }
            default -> throw new IllegalArgumentException(pde.family().key() + " is not a steady family");
        }
        FemBoundaries.apply(fem, problem.effectiveBoundaryConditions(), diffusion, constantDiffusion, 0, true);
        return fem.assemble();
    }

    static SystemKind kind(Problem problem) {
        return switch (problem.pde().family()) {
            case POISSON, DARCY, HEAT -> SystemKind.SYMMETRIC_POSITIVE_DEFINITE;
            default -> SystemKind.GENERAL;
        };
    }

    private static DoubleBinaryOperator function(PdeSpec pde, String name) {
        return NodePoints.function(NodePoints.deterministic(pde.coefficient(name), name), 0);
    }

    private static Double constant(Coefficient c) {
        return c instanceof Constant k ? k.value() : null;
    }

    /** max over elements of |b| h / (2 ε) at the centroid, h the longest edge. */
    private static double meshPeclet(TriangleMesh mesh, DoubleBinaryOperator eps, DoubleBinaryOperator bx,
                                     DoubleBinaryOperator by) {
        double worst = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            double cx = 0, cy = 0, h = 0;
            for (int k = 0; k < 3; k++) {
                int a = mesh.node(e, k), b = mesh.node(e, (k + 1) % 3);
                cx += mesh.x(a) / 3;
                cy += mesh.y(a) / 3;
                h = Math.max(h, Math.hypot(mesh.x(b) - mesh.x(a), mesh.y(b) - mesh.y(a)));
            }
            double speed = Math.hypot(bx.applyAsDouble(cx, cy), by.applyAsDouble(cx, cy));
            worst = Math.max(worst, speed * h / (2 * eps.applyAsDouble(cx, cy)));
        }
        return worst;
    }
}
