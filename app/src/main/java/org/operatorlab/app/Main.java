package org.operatorlab.app;

import java.io.PrintWriter;
import org.operatorlab.app.cli.ErrorReporter;
import org.operatorlab.app.cli.RootCommand;
import picocli.CommandLine;

/** Entry point of the {@code operatorlab} command. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; used by tests without exiting the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(out);
        cli.setErr(err);
        ErrorReporter reporter = new ErrorReporter(err, System.getenv("OPERATORLAB_DEBUG") != null);
        cli.setExecutionExceptionHandler(reporter);
        cli.setParameterExceptionHandler(reporter);
        return cli.execute(args);
    }
}
