package org.operatorlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.tri.MeshQuality;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;

/** The command line as a user meets it: exit codes, one-line errors, files an independent reader opens. */
class CliTest {
    static final Path ROOT = Path.of(System.getProperty("operatorlab.root", "..")).toAbsolutePath().normalize();
    static final Path PROBLEMS = ROOT.resolve("resources/problems");

    record Run(int exitCode, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(PROBLEMS)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("operatorlab "), version.out());
        for (String command : List.of("validate", "mesh", "solve", "generate", "gui", "demo")) {
            Run help = run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Usage: operatorlab " + command), help.out());
        }
    }

    @Test
    void everyShippedExampleValidates() throws IOException {
        List<Path> files = examples();
        assertTrue(files.size() >= 6, "at least six examples ship, found " + files.size());
        for (Path file : files) {
            Run r = run("validate", file.toString());
            assertEquals(0, r.exitCode(), file + ": " + r.err());
            assertTrue(r.out().contains("valid."), r.out());
        }
    }

    @Test
    void malformedProblemGetsOneLinePointingAtTheError(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"operatorlab-problem/1\",\n  \"name\": \"x\"\n  \"geometry\": {}\n}\n");
        Run r = run("validate", bad.toString());
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.json:4:"), "names the line: " + r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void missingFileAndBadUsageAreOneLineErrors(@TempDir Path dir) {
        Run missing = run("validate", dir.resolve("nope.json").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("file not found"), missing.err());
        assertEquals(1, missing.err().strip().lines().count());

        Run usage = run("mesh", "--no-such-option", "x.json");
        assertEquals(2, usage.exitCode());
        assertEquals(1, usage.err().strip().lines().count(), usage.err());

        Run badSize = run("mesh", PROBLEMS.resolve("poisson_lshape.json").toString(), "--size", "-1");
        assertEquals(1, badSize.exitCode());
        assertTrue(badSize.err().contains("--size must be a positive number"), badSize.err());
    }

    /** The solution written by {@code solve} is what the solver computed, read back by meshio and VTK. */
    @Test
    void solveWritesTheSolutionAnIndependentReaderOpens(@TempDir Path dir) throws Exception {
        Path problem = PROBLEMS.resolve("poisson_lshape.json");
        Path out = dir.resolve("u.vtu");
        Run r = run("solve", problem.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("cg + ic0") && r.out().contains("relative residual"), r.out());

        var outcome = new org.operatorlab.solvers.solve.ProblemSolver(
                org.operatorlab.solvers.solve.SolveOptions.defaults()).solve(ProblemReader.read(problem),
                org.operatorlab.mesh.task.ProgressListener.NONE, org.operatorlab.mesh.task.CancellationToken.none());
        double[] u = outcome.fields().get("u").values();
        double sum = 0, squares = 0;
        for (double v : u) {
            sum += v;
            squares += v * v;
        }
        assertTrue(squares > 0, "the solution is not zero");
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, String.format(java.util.Locale.ROOT,
                "{\"files\": [{\"path\": \"%s\", \"points\": %d, \"cells\": %d, \"point_data\": {\"u\": "
                        + "{\"components\": 1, \"sum\": %.17g, \"sum_squares\": %.17g}}}]}",
                out, u.length, ((org.operatorlab.solvers.problem.ProblemDomain.Triangulated) outcome.domain()).mesh()
                        .elementCount(), sum, squares));
        assertEquals("ok", checkVtk(manifest), "check_vtk.py on the solution");

        Run steady = run("solve", problem.toString(), "--out", dir.resolve("u.pvd").toString());
        assertEquals(1, steady.exitCode());
        assertTrue(steady.err().contains("problem is steady"), steady.err());
    }

    /** Runs the independent reader; returns "ok" or its complaint, so a failure shows what disagreed. */
    private static String checkVtk(Path manifest) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", ROOT.resolve("scripts/check_vtk.py").toString(),
                manifest.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return p.waitFor() == 0 ? "ok" : output;
    }

    /** Every shipped example meshes; meshio and VTK read the written file with the same counts. */
    @Test
    void meshCommandWritesFilesAnIndependentReaderOpens(@TempDir Path dir) throws Exception {
        List<String> manifest = new ArrayList<>();
        for (Path file : examples()) {
            ProblemDomain domain = ProblemDomains.mesh(ProblemReader.read(file));
            boolean mesh = domain instanceof ProblemDomain.Triangulated;
            if (!mesh && ((ProblemDomain.Grid) domain).grid().dimension() == 1) {
                continue;
            }
            String stem = file.getFileName().toString().replace(".json", "");
            Path out = dir.resolve(stem + (mesh ? ".vtu" : ".vti"));
            Run r = run("mesh", file.toString(), "--out", out.toString());
            assertEquals(0, r.exitCode(), file + ": " + r.err());
            assertTrue(Files.size(out) > 0);
            if (mesh) {
                TriangleMesh m = ((ProblemDomain.Triangulated) domain).mesh();
                MeshQuality q = MeshQuality.of(m);
                assertTrue(q.minAngleDegrees() >= 20, file + " min angle " + q.minAngleDegrees());
                assertTrue(r.out().contains(m.elementCount() + " elements"), r.out());
                manifest.add(String.format("{\"path\": \"%s\", \"points\": %d, \"cells\": %d}",
                        out, m.nodeCount(), m.elementCount()));
            } else {
                var g = ((ProblemDomain.Grid) domain).grid();
                manifest.add(String.format("{\"path\": \"%s\", \"points\": %d, \"cells\": %d}",
                        out, g.nodeCount(), (g.nx() - 1) * (g.ny() - 1)));
            }
        }
        Path manifestFile = dir.resolve("manifest.json");
        Files.writeString(manifestFile, "{\"files\": [" + String.join(",\n", manifest) + "]}");
        assertEquals("ok", checkVtk(manifestFile), "check_vtk.py on the meshes");
    }
}
