package org.operatorlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.operatorlab.mesh.io.VtkOptions;
import org.operatorlab.mesh.io.VtkWriter;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;
import org.operatorlab.solvers.solve.SolveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code operatorlab solve PROBLEM.json --out u.vtu}: the classical solver, reference for every engine. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve a problem with the classical solver (P1 FEM, 5-point FD, theta-scheme, pseudo-spectral)"
                + " and write the solution; a .pvd output keeps every snapshot of a time-dependent problem.")
public final class SolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROBLEM.json", description = "problem file")
    Path file;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = ".vtu (meshes), .vti (grids), .vtk, or .pvd for the time series")
    Path out;

    @Option(names = "--method", defaultValue = "auto", paramLabel = "NAME",
            description = "auto|cg|gmres|bicgstab|direct (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--tolerance", defaultValue = "1e-10", description = "relative residual (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--seed", defaultValue = "0", description = "seed for random inputs (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--ascii", description = "write ASCII VTK instead of binary")
    boolean ascii;

    @Override
    public Integer call() throws Exception {
        Problem problem = ProblemReader.read(file);
        SolveOutcome outcome = solve(problem, ProblemDomains.mesh(problem), method, tolerance, seed,
                spec.commandLine().getErr());
        write(outcome, out, ascii ? VtkOptions.ascii() : VtkOptions.binary());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(outcome.stats().summary());
        stdout.println("wrote " + out);
        return 0;
    }

    /** Solves with progress on stderr; Ctrl-C cancels. Shared with the demo. */
    static SolveOutcome solve(Problem problem, ProblemDomain domain, String method, double tolerance, long seed,
                              PrintWriter err) throws Exception {
        SolveOptions options = SolveOptions.defaults().withMethod(method).withTolerance(tolerance).withSeed(seed);
        return CancelOnInterrupt.run(cancel -> new ProblemSolver(options)
                .solve(problem, domain, new StderrProgress(err, "solve"), cancel));
    }

    /** The final fields, or the whole series when the file is a .pvd collection. */
    static void write(SolveOutcome outcome, Path out, VtkOptions options) throws IOException {
        if (out.getFileName().toString().endsWith(".pvd")) {
            if (outcome.series() == null) {
                throw new UserException("a .pvd collection holds a time series, but this problem is steady: "
                        + "use .vtu (meshes) or .vti (grids)");
            }
            VtkWriter.writeSeries(out, outcome.series(), options);
        } else {
            VtkWriter.write(out, outcome.fields(), options);
        }
    }
}
