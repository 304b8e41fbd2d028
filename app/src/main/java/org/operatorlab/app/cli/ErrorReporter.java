package org.operatorlab.app.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.operatorlab.mesh.task.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and a non-zero exit code; a stack trace only when
 * OPERATORLAB_DEBUG is set. Exit codes: 1 bad input or failed computation, 2 bad usage,
 * 130 cancelled, 70 internal error.
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    public static final int INTERNAL_ERROR = 70;
    public static final int CANCELLED = 130;

    private final PrintWriter err;
    private final boolean debug;

    public ErrorReporter(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        err.println(prefix(cmd) + oneLine(ex.getMessage()) + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return USAGE_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (debug) {
            ex.printStackTrace(err);
        }
        if (ex instanceof CancelledException) {
            err.println(prefix(cmd) + "cancelled; no output was written");
            return CANCELLED;
        }
        if (ex instanceof NoSuchFileException || ex instanceof FileNotFoundException) {
            err.println(prefix(cmd) + "file not found: " + oneLine(ex.getMessage()));
            return USER_ERROR;
        }
        if (ex instanceof AccessDeniedException) {
            err.println(prefix(cmd) + "permission denied: " + oneLine(ex.getMessage()));
            return USER_ERROR;
        }
        if (isUserError(ex)) {
            err.println(prefix(cmd) + oneLine(ex.getMessage()));
            return USER_ERROR;
        }
        err.println(prefix(cmd) + "internal error: " + ex + " (set OPERATORLAB_DEBUG=1 for details)");
        return INTERNAL_ERROR;
    }

    /** Errors that describe bad input or a failed computation, with a message meant for the user. */
    private static boolean isUserError(Exception ex) {
        return ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException
                || ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
                || ex instanceof ArithmeticException || ex instanceof UserException
                || ex instanceof org.operatorlab.solvers.problem.ProblemFileException;
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": error: ";
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
