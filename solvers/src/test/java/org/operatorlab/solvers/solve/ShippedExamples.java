package org.operatorlab.solvers.solve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * The example problems in the repository's {@code resources/problems}. {@link #main} solves each at its full
 * settings and prints the statistics line (too slow for the unit tests, which coarsen them).
 */
final class ShippedExamples {
    private ShippedExamples() { }

    static Path folder() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path problems = dir.resolve("resources").resolve("problems");
            if (Files.isDirectory(problems) && Files.isDirectory(dir.resolve("solvers"))) {
                return problems;
            }
        }
        throw new IllegalStateException("resources/problems not found above " + System.getProperty("user.dir"));
    }

    static List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    static Problem read(String name) throws IOException {
        return ProblemReader.read(folder().resolve(name));
    }

    public static void main(String[] args) throws IOException {
        ProblemSolver solver = new ProblemSolver(SolveOptions.defaults());
        for (String name : args.length > 0 ? List.of(args) : names()) {
            SolveOutcome out = solver.solve(read(name), ProgressListener.NONE, CancellationToken.none());
            System.out.println(name + ": " + out.stats().summary());
        }
    }
}
