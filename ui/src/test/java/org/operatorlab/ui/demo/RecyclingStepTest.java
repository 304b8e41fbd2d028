package org.operatorlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.EllipticSystems;

/** The Helmholtz sweep on the shipped drum: recycling needs far fewer iterations and solves the same system. */
class RecyclingStepTest {
    @Test
    void recyclingSavesIterationsAndTheLastSolutionSolvesTheLastSystem() throws Exception {
        Path problemFile = DemoFilesTest.resources().resolve("problems/helmholtz_disk.json");
        Demo demo = new Demo(Path.of("test.json"), "sweep", "e", problemFile, null, null,
                List.of(new DemoStep.Recycling(4, 5.8, 6.0)));
        DemoResult.Recycling r = (DemoResult.Recycling) new DemoRunner().run(demo, ProgressListener.NONE, CancellationToken.none());
        assertEquals(4, r.plainIterations().length);
        assertEquals(6.0, r.parameter()[3], 1e-12);
        int plain = java.util.Arrays.stream(r.plainIterations()).sum();
        int recycled = java.util.Arrays.stream(r.recycledIterations()).sum();
        // measured: about 640 GMRES(30) iterations per system against under 100 with recycling after the first
        assertTrue(recycled < plain / 2, "recycled " + recycled + " against plain " + plain);
        Problem problem = RecyclingStep.withWavenumber(ProblemReader.read(problemFile), 6.0);
        FemSystem system = EllipticSystems.assemble(problem, r.mesh());
        double residual = Vectors.relativeResidual(system.matrix(), system.rhs(), r.solution());
        assertTrue(residual < 1e-7, "relative residual of the shown solution " + residual);
    }
}
