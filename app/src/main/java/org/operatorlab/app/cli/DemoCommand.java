package org.operatorlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.io.VtkOptions;
import org.operatorlab.mesh.io.VtkWriter;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemSummary;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.SolveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code operatorlab demo}: the headless tour. Every shipped example problem is validated, meshed and
 * written to VTK, so a machine without a display shows what the tool does.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the headless demo: validate, mesh, solve and export every shipped example problem.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/demo",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--problems", paramLabel = "DIR",
            description = "folder of problem files (default: resources/problems of the installation)")
    Path problems;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Path folder = problems != null ? problems : Installation.home().resolve("resources/problems");
        List<Path> files = problemFiles(folder);
        Files.createDirectories(out);
        stdout.println("OperatorLab demo: " + files.size() + " example problems from " + folder);
        int failures = 0;
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            long start = System.nanoTime();
            try {
                Problem problem = ProblemReader.read(file);
                stdout.println();
                stdout.println("== " + problem.name() + "  [" + file.getFileName() + "]");
                stdout.println("   " + ProblemSummary.of(problem));
                ProblemDomain domain = ProblemMeshing.domain(problem, null);
                stdout.print("   ");
                FieldSet fields = MeshCommand.describe(domain, stdout);
                String extension = domain instanceof ProblemDomain.Grid ? ".vti" : ".vtu";
                Path meshFile = out.resolve(stem + "_mesh" + extension);
                VtkWriter.write(meshFile, fields, VtkOptions.binary());
                SolveOutcome outcome = SolveCommand.solve(problem, domain, "auto", 1e-10, 0,
                        spec.commandLine().getErr());
                Path solution = out.resolve(stem + (outcome.series() != null ? ".pvd" : extension));
                SolveCommand.write(outcome, solution, VtkOptions.binary());
                stdout.println("   solved: " + outcome.stats().summary());
                stdout.println(String.format(Locale.ROOT, "   wrote %s and %s (%.2f s)", meshFile.getFileName(),
                        solution.getFileName(), (System.nanoTime() - start) / 1e9));
            } catch (org.operatorlab.mesh.task.CancelledException e) {
                throw e;
            } catch (Exception e) {
                failures++;
                stdout.println("   FAILED: " + ErrorReporter.oneLine(e.getMessage()));
            }
        }
        stdout.println();
        stdout.println(failures == 0 ? "All examples done; open the files in " + out + " with ParaView."
                : failures + " example(s) failed.");
        return failures == 0 ? 0 : ErrorReporter.USER_ERROR;
    }

    private static List<Path> problemFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UserException("no problem folder at " + folder);
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
