package org.operatorlab.solvers.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example problems in the repository's {@code resources/problems}. */
final class ShippedProblems {
    private ShippedProblems() { }

    static Path folder() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path problems = dir.resolve("resources").resolve("problems");
            if (Files.isDirectory(problems) && Files.isDirectory(dir.resolve("solvers"))) {
                return problems;
            }
        }
        throw new IllegalStateException("resources/problems not found above " + System.getProperty("user.dir"));
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static Problem read(String name) throws IOException {
        return ProblemReader.read(folder().resolve(name));
    }
}
