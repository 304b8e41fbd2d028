package org.operatorlab.mesh.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the folder holding {@code scripts/} and {@code resources/}). */
final class RepoRoot {
    private RepoRoot() { }

    static Path find() {
        String property = System.getProperty("operatorlab.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "scripts"))) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scripts")) && Files.isDirectory(dir.resolve("resources"))) {
                return dir;
            }
        }
        throw new AssertionError("cannot find the repository root: set -Doperatorlab.root or run inside the repository");
    }

    static Path mesh(String name) {
        return find().resolve("resources").resolve("meshes").resolve(name);
    }
}
