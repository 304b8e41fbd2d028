package org.operatorlab.ui.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs scripts/check_vtk.py (meshio and VTK's own readers) with Debian's /usr/bin/python3. */
final class VtkCheck {
    private VtkCheck() { }

    /** "ok", or the script's list of mismatches. */
    static String run(Path manifest) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            fail("/usr/bin/python3 is missing; the VTK check needs apt-get install python3-meshio python3-vtk9");
        }
        Process p = new ProcessBuilder(python.toString(), WindowFixture.root().resolve("scripts/check_vtk.py").toString(),
                manifest.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("check_vtk.py did not finish in 120 s");
        }
        if (p.exitValue() == 2) {
            fail("check_vtk.py could not run (apt-get install python3-meshio python3-vtk9):\n" + out);
        }
        return p.exitValue() == 0 ? "ok" : out;
    }
}
