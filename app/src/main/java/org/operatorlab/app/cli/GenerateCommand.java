package org.operatorlab.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.operatorlab.solvers.data.DatasetGenerator;
import org.operatorlab.solvers.data.GenerationOptions;
import org.operatorlab.solvers.data.GenerationReport;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code operatorlab generate PROBLEM.json --samples N --out data.npz}: draws the problem's random
 * inputs and solves every sample; the training data of the neural engines.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a training data set (.npz) from a problem with random inputs. With --solver skr"
                + " the systems are sorted so neighbours are similar and solved in that order with Krylov recycling.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROBLEM.json", description = "problem file with random inputs")
    Path file;

    @Option(names = {"-n", "--samples"}, required = true, paramLabel = "N", description = "number of samples")
    int samples;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "output .npz file")
    Path out;

    @Option(names = "--solver", defaultValue = "skr", paramLabel = "NAME",
            description = "direct|cg|gmres|gcrodr|skr (default: ${DEFAULT-VALUE})")
    String solver;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--tolerance", defaultValue = "1e-8", description = "relative residual (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--snapshots", defaultValue = "1",
            description = "states recorded per sample for time-dependent problems (default: ${DEFAULT-VALUE}, the final state)")
    int snapshots;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().endsWith(".npz")) {
            throw new UserException("--out must name a .npz file, got " + out);
        }
        Problem problem = ProblemReader.read(file);
        GenerationOptions options = GenerationOptions.of(samples, seed, SolverChoice.parse(solver))
                .withThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors())
                .withTolerance(tolerance);
        GenerationReport report = CancelOnInterrupt.run(cancel -> DatasetGenerator.generate(problem, options,
                snapshots, out, new StderrProgress(spec.commandLine().getErr(), "generate"), cancel));
        spec.commandLine().getOut().println(report.summary());
        return report.unconverged() == 0 ? 0 : ErrorReporter.USER_ERROR;
    }
}
