package org.operatorlab.operators.pinn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

/** −Δu = 1 on the shipped L-shaped room, u = 0: the PINN against the P1 FEM solution at the mesh nodes. */
class PinnLShapeTest {
    @Test
    void lShapeAgreesWithFiniteElements() throws Exception {
        Problem problem = ProblemReader.read(Path.of("..", "resources", "problems", "poisson_lshape.json"));
        FemReference fem = FemReference.solve(problem, ProgressListener.NONE, CancellationToken.none());
        PinnConfig c = PinnConfig.defaults().withHidden(20, 20, 20).withPoints(600, 300, 0)
                .withSteps(Integer.getInteger("pinn.adam", 500), Integer.getInteger("pinn.lbfgs", 500)).withHardDirichlet(false);
        PinnSolution s = new PinnSolver(c).solve(problem, ProgressListener.NONE, CancellationToken.none());
        double err = fem.relativeError(s);
        // measured (soft conditions, shared 2-core machine): 500 Adam + 500 L-BFGS -> 0.127 in 21 s;
        // 2000 + 2000 -> 0.071 in 118 s (the re-entrant corner singularity is what converges slowly);
        // hard Dirichlet through the distance function -> 0.26 at 500 + 500
        assertTrue(err <= 0.2, "relative L2 against FEM " + err);
    }
}
