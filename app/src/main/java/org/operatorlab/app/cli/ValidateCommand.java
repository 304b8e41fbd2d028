package org.operatorlab.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemSummary;
import org.operatorlab.solvers.problem.ProblemReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code operatorlab validate PROBLEM.json}: checks a problem file and prints what it describes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a problem file; print a summary, or one line naming the error's place.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROBLEM.json", description = "problem file")
    Path file;

    @Override
    public Integer call() throws Exception {
        Problem problem = ProblemReader.read(file);
        spec.commandLine().getOut().println(file + ": valid. " + ProblemSummary.of(problem));
        return 0;
    }
}
