package org.operatorlab.mesh.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs scripts/check_vtk.py with Debian's /usr/bin/python3 (which has meshio and VTK; the python3 first
 * on PATH may not). A missing interpreter or module fails the calling test, on purpose.
 */
final class CheckVtkScript {
    static final String PYTHON = "/usr/bin/python3";
    static final String INSTALL_HINT = "apt-get install python3-meshio python3-vtk9";

    /** Exit code and combined output of one run. */
    record Result(int exitCode, String output) { }

    private CheckVtkScript() { }

    static Result run(Path manifest) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            fail(PYTHON + " is missing; the VTK check needs Debian's python3 with meshio and VTK: " + INSTALL_HINT);
        }
        Path script = RepoRoot.find().resolve("scripts").resolve("check_vtk.py");
        Process p = new ProcessBuilder(PYTHON, script.toString(), manifest.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("check_vtk.py did not finish in 120 s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() == 2) {
            fail("check_vtk.py could not run (" + INSTALL_HINT + "):\n" + text);
        }
        return new Result(p.exitValue(), text);
    }
}
