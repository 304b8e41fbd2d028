package org.operatorlab.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.operatorlab.solvers.problem.ProblemReader;

/** The example problems shipped in {@code resources/problems} of the installation. */
public record ProblemLibrary(Path folder) {

    /** A problem file and the name to list it under. */
    public record Entry(Path file, String title) {
        @Override
        public String toString() { return title; }
    }

    /** The examples with their problem names (read once; a file with errors is listed as such). */
    public List<Entry> entries() {
        return problemFiles().stream().map(f -> new Entry(f, displayName(f))).toList();
    }

    /** The library of the installation the launcher names in {@code operatorlab.home}, or of the working directory. */
    public static ProblemLibrary fromHome() {
        return new ProblemLibrary(home().resolve("resources").resolve("problems"));
    }

    /** The installation folder ({@code operatorlab.home}, else the working directory). */
    public static Path home() {
        return Path.of(System.getProperty("operatorlab.home", System.getProperty("user.dir")));
    }

    /** The problem files, sorted by file name; empty when the folder is missing. */
    public List<Path> problemFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The list label of a problem file: the problem's name, or the file name if it does not read. */
    static String displayName(Path file) {
        try {
            return ProblemReader.read(file).name();
        } catch (IOException | RuntimeException e) {
            return file.getFileName().toString() + " (has errors)";
        }
    }
}
