package org.operatorlab.solvers.bench;

import java.util.ArrayList;
import java.util.List;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fem.FemProblem;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * A sequence of SPD systems A<sub>s</sub> x = b<sub>s</sub> with the coefficient field each came from (the
 * sorting feature), as the benchmark solves them: either the 5-point Darcy systems themselves, or the
 * same coefficient fields on a P1 triangle mesh.
 */
record BenchSystems(String description, List<CsrMatrix> matrices, List<double[]> rhs, List<double[]> coefficients) {

    int size() { return matrices.size(); }

    int unknowns() { return rhs.get(0).length; }

    static BenchSystems fivePoint(DarcySequence sequence) {
        List<CsrMatrix> a = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        sequence.systems.forEach(s -> {
            a.add(s.matrix());
            b.add(s.rhs());
        });
        return new BenchSystems("5-point FD", a, b, sequence.coefficients);
    }

    /**
     * P1 FEM on the grid's triangulation (two triangles per cell), coefficient = the same thresholded field
     * at the nodes, f = 1, u = 0 on all four sides (eliminated as identity rows, so A stays SPD).
     */
    static BenchSystems p1OnGrid(DarcySequence sequence, int count) {
        TriangleMesh mesh = GridTriangulation.of(sequence.grid);
        List<CsrMatrix> a = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        List<double[]> coefficients = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            double[] coefficient = sequence.coefficients.get(s);
            FemProblem problem = FemProblem.on(mesh).diffusion(coefficient).source((x, y) -> 1);
            for (String side : List.of("bottom", "right", "top", "left")) {
                problem = problem.dirichlet(side, (x, y) -> 0);
            }
            FemSystem system = problem.assemble();
            a.add(system.matrix());
            b.add(system.rhs());
            coefficients.add(coefficient);
        }
        return new BenchSystems("P1 FEM, " + mesh.elementCount() + " triangles", a, b, coefficients);
    }
}
