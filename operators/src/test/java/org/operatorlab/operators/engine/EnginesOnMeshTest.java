package org.operatorlab.operators.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.data.DatasetGenerator;
import org.operatorlab.solvers.data.GenerationOptions;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * The FNO and the DeepONet on a triangle-mesh problem: nodal Darcy data from generate on an L-shape, the network on the
 * bounding-box grid with a domain mask, answers at the mesh nodes; the saved model predicts the same
 * after loading, compares against the P1 solve of the same input, and refuses grid problems.
 */
class EnginesOnMeshTest {
    static final String LSHAPE = InferenceLatency.LSHAPE;

    @TempDir
    static Path dir;
    static Problem problem;
    static DataSetFile data;

    @BeforeAll
    static void generateMeshDarcy() throws IOException {
        problem = ProblemReader.read(LSHAPE.formatted("0.15"), "lshape.json");
        Path file = dir.resolve("lshape.npz");
        DatasetGenerator.generate(problem, GenerationOptions.of(30, 1, SolverChoice.DIRECT), file, ProgressListener.NONE,
                CancellationToken.none());
        data = DataSetFile.read(file);
    }

    /** Mesh nodes work directly as the trunk's coordinates. */
    @Test
    void deepOnetLearnsMeshDarcyAtTheNodes() throws IOException {
        EngineSettings s = EngineSettings.defaults(EngineKind.DEEPONET).withEpochs(60).withBatch(9).withWidth(24)
                .withLayers(2).withLearningRate(3e-3).withSensors(64);
        TrainedModel trained = EngineTraining.train(s, new TrainingSource.Data(data),
                org.operatorlab.operators.train.TrainingListener.NONE, CancellationToken.none());
        Path model = dir.resolve("lshape-deeponet.olm");
        trained.save(model);
        ModelPredictor loaded = ModelPredictor.load(model);
        double mean = java.util.Arrays.stream(loaded.evaluate(data, CancellationToken.none())).average().orElseThrow();
        assertTrue(mean < 0.5, "mean relative L2 at the mesh nodes " + mean);
        Comparison c = loaded.compare(problem, ProblemDomains.mesh(problem), 4, ProgressListener.NONE,
                CancellationToken.none());
        assertTrue(c.relativeL2() < 0.6, "relative L2 against the P1 solve " + c.relativeL2());
    }

    @Test
    void fnoLearnsMeshDarcyAndAnswersAtTheNodes() throws IOException {
        assertTrue(data.onMesh());
        TriangleMesh mesh = ((ProblemDomain.Triangulated) ProblemDomains.mesh(problem)).mesh();
        assertEquals(mesh.nodeCount(), data.points());

        EngineSettings s = EngineSettings.defaults(EngineKind.FNO).withEpochs(12).withBatch(5).withLearningRate(5e-3)
                .withWidth(8).withModes(4).withLayers(2).withGridSize(24);
        TrainedModel trained = EngineTraining.train(s, new TrainingSource.Data(data), org.operatorlab.operators.train.TrainingListener.NONE, CancellationToken.none());
        assertTrue(trained.model().describe().contains("24 x 24 bounding-box grid"), trained.model().describe());
        Path model = dir.resolve("lshape.olm");
        trained.save(model);
        ModelPredictor loaded = ModelPredictor.load(model);
        double[] errors = loaded.evaluate(data, CancellationToken.none());
        assertArrayEquals(trained.predictor().evaluate(data, CancellationToken.none()), errors, 0);
        double mean = java.util.Arrays.stream(errors).average().orElseThrow();
        // the zero field has error 1; a trained FNO through the mask does far better
        assertTrue(mean < 0.5, "mean relative L2 at the mesh nodes " + mean);

        Comparison c = loaded.compare(problem, ProblemDomains.mesh(problem), 4, ProgressListener.NONE,
                CancellationToken.none());
        assertEquals(mesh.nodeCount(), c.reference().length);
        assertTrue(c.relativeL2() < 0.6, "relative L2 against the P1 solve " + c.relativeL2());
        assertEquals(4, c.fields().size(), "input, prediction, reference, error");

        // another mesh of the same geometry: the grid in between makes the model mesh-independent
        Problem finer = ProblemReader.read(LSHAPE.formatted("0.1"), "finer.json");
        Prediction p = loaded.predict(finer, ProblemDomains.mesh(finer), 0);
        assertTrue(p.values().length > mesh.nodeCount());

        Problem grid = ProblemReader.read(EngineRoundTripTest.DARCY.formatted(13, 13), "grid.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loaded.predict(grid, ProblemDomains.mesh(grid), 0));
        assertTrue(e.getMessage().contains("geometry") || e.getMessage().contains("triangle-mesh"), e.getMessage());
    }

}
