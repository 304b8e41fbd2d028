package org.operatorlab.ui.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The demo files of an installation's {@code resources/demos}, sorted by file name. */
public record DemoLibrary(Path resources) {

    /** A demo file read, or the one-line reason it could not be. */
    public record Entry(Path file, Demo demo, String error) {
        @Override
        public String toString() {
            return demo != null ? demo.title() : file.getFileName() + " (has errors)";
        }
    }

    /** The library of the installation the launcher names in {@code operatorlab.home}, or of the working directory. */
    public static DemoLibrary fromHome() {
        String home = System.getProperty("operatorlab.home", System.getProperty("user.dir"));
        return new DemoLibrary(Path.of(home, "resources"));
    }

    public Path folder() {
        return resources.resolve("demos");
    }

    /** Every demo file; one with errors is listed with its error rather than dropped. */
    public List<Entry> entries() {
        DemoReader reader = new DemoReader(resources);
        List<Entry> entries = new ArrayList<>();
        for (Path f : files()) {
            try {
                entries.add(new Entry(f, reader.read(f), null));
            } catch (IOException | RuntimeException e) {
                entries.add(new Entry(f, null, e.getMessage()));
            }
        }
        return entries;
    }

    /** The {@code .json} files of the demos folder; empty when it is missing. */
    public List<Path> files() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
