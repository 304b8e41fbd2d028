package org.operatorlab.solvers.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.data.DatasetGenerator;
import org.operatorlab.solvers.data.GenerationOptions;
import org.operatorlab.solvers.data.GenerationReport;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * Data-generation throughput for problem files (see bench/generation.sh): for each file and thread count, one
 * untimed warm-up run, then {@code DatasetGenerator.generate(problem, GenerationOptions.of(n, seed, SKR)
 * .withThreads(t), ...)} into a temporary file; wall time includes writing the .npz.
 *
 * <p>Arguments: {@code [--samples N] [--threads 1,2] PROBLEM.json ...}.
 */
public final class GenerationThroughput {
    private GenerationThroughput() { }

    public static void main(String[] args) throws IOException {
        int samples = 20;
        int[] threads = {1, 2};
        java.util.List<Path> problems = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--samples" -> samples = Integer.parseInt(value(args, ++i, "--samples"));
                case "--threads" -> threads = java.util.Arrays.stream(value(args, ++i, "--threads").split(","))
                        .mapToInt(Integer::parseInt).toArray();
                default -> problems.add(Path.of(args[i]));
            }
        }
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem file given (e.g. resources/problems/burgers_1d.json)");
        }
        System.out.printf(Locale.ROOT, "Java %s, %d cores; solver skr, seed 1, wall time includes writing the .npz%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.println("| problem | samples | threads | samples/s | wall s | mean iterations | max rel res |");
        System.out.println("|---|---|---|---|---|---|---|");
        Path dir = Files.createTempDirectory("operatorlab-generation");
        try {
            for (Path file : problems) {
                var problem = ProblemReader.read(file);
                for (int t : threads) {
                    Path out = dir.resolve("data.npz");
                    GenerationOptions options = GenerationOptions.of(samples, 1, SolverChoice.SKR).withThreads(t);
                    DatasetGenerator.generate(problem, GenerationOptions.of(Math.min(samples, 2 * t), 2, SolverChoice.SKR)
                            .withThreads(t), out, ProgressListener.NONE, CancellationToken.none()); // warm-up
                    GenerationReport r = DatasetGenerator.generate(problem, options, out, ProgressListener.NONE,
                            CancellationToken.none());
                    System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.1f | %.1e |%n", file.getFileName(),
                            samples, t, r.samplesPerSecond(), r.wallSeconds(), r.meanIterations(), r.maxRelativeResidual());
                    Files.deleteIfExists(out);
                }
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private static String value(String[] args, int i, String key) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + key + " needs a value");
        }
        return args[i];
    }
}
