package org.operatorlab.operators.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.train.TrainingListener;
import org.operatorlab.solvers.data.DatasetGenerator;
import org.operatorlab.solvers.data.GenerationOptions;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * Benchmark (not a test): latency of one evaluation at every node of a ~10k-node L-shape mesh, for a
 * PINN (3 x 32 tanh, exact Dirichlet through the distance function, which is evaluated per call) and a
 * DeepONet (defaults: branch and trunk 3 x 64, 1024 sensors) and, for reference, the FNO on the
 * 64 x 64 bounding-box grid with a mask. Latency does not depend on the weights, so each model is
 * trained for one step only. Prints the median of repeated runs after a warm-up.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp <operators classpath>
 * org.operatorlab.operators.engine.InferenceLatency [meshSize] [runs]}
 */
public final class InferenceLatency {
    /** Darcy with a random coefficient on the L-shape; %s is the mesh size (also used by the engine tests). */
    static final String LSHAPE = """
            {"format": "operatorlab-problem/1", "name": "latency lshape",
             "geometry": {"shape": "lshape", "xmin": -1, "ymin": -1, "xmax": 1, "ymax": 1},
             "mesh": {"type": "triangles", "size": %s},
             "pde": {"family": "darcy", "coefficients": {
               "a": {"random": {"type": "grf_threshold", "alpha": 2, "tau": 3, "sigma": 3, "threshold": 0, "above": 12, "below": 3}},
               "f": 1}},
             "boundary": {"outer": {"type": "dirichlet", "value": 0}, "notch": {"type": "dirichlet", "value": 0}},
             "outputs": {"fields": ["u"], "every": 1, "vtk": "binary"}}
            """;
    private static final int WARM_UP = 3;

    private InferenceLatency() { }

    public static void main(String[] args) throws IOException {
        String size = args.length > 0 ? args[0] : "0.021";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Problem random = ProblemReader.read(LSHAPE.formatted(size), "latency.json");
        // the PINN solves one instance: the same problem with a = 1
        String deterministic = LSHAPE.formatted(size).replaceFirst("\"a\": \\{\"random\": \\{[^}]*}}", "\"a\": 1");
        Problem fixed = ProblemReader.read(deterministic, "latency-fixed.json");
        ProblemDomain domain = ProblemDomains.mesh(random);
        int nodes = NodeCoordinates.of(domain).count();
        System.out.printf(Locale.ROOT, "L-shape mesh of size %s: %d nodes; %d threads; median of %d runs after %d warm-up%n",
                size, nodes, Runtime.getRuntime().availableProcessors(), runs, WARM_UP);

        TrainedModel pinn = EngineTraining.train(EngineSettings.defaults(EngineKind.PINN).withEpochs(1).withLbfgsIterations(0)
                .withCollocationPoints(100), new TrainingSource.ProblemFile(fixed, deterministic), TrainingListener.NONE,
                CancellationToken.none());
        report(pinn.model(), domain, new double[][] {null}, runs);

        Path dir = Files.createTempDirectory("latency");
        Path data = dir.resolve("data.npz");
        try {
            DatasetGenerator.generate(random, GenerationOptions.of(4, 1, SolverChoice.CG), data, ProgressListener.NONE,
                    CancellationToken.none());
            DataSetFile set = DataSetFile.read(data);
            double[][] input = {set.input(0)};
            for (EngineKind kind : new EngineKind[] {EngineKind.DEEPONET, EngineKind.FNO}) {
                TrainedModel m = EngineTraining.train(EngineSettings.defaults(kind).withEpochs(1).withBatch(4).withValidation(0),
                        new TrainingSource.Data(set), TrainingListener.NONE, CancellationToken.none());
                report(m.model(), domain, input, runs);
            }
        } finally {
            Files.deleteIfExists(data);
            Files.deleteIfExists(dir);
        }
    }

    private static void report(EngineModel model, ProblemDomain domain, double[][] input, int runs) {
        for (int r = 0; r < WARM_UP; r++) {
            model.predict(domain, input);
        }
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            model.predict(domain, input);
            ms[r] = (System.nanoTime() - start) * 1e-6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-9s median %8.2f ms  (min %.2f, max %.2f)  %s%n", model.kind().key(), ms[runs / 2],
                ms[0], ms[runs - 1], model.describe());
    }
}
