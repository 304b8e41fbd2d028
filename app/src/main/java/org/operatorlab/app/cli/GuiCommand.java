package org.operatorlab.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.operatorlab.ui.app.DesktopLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code operatorlab gui [PROBLEM.json]}: opens the desktop application. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the desktop application, optionally with a problem file loaded.")
public final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PROBLEM.json", description = "problem file to open")
    Path problem;

    @Override
    public Integer call() throws Exception {
        if (problem != null && !Files.isRegularFile(problem)) {
            throw new java.nio.file.NoSuchFileException(problem.toString());
        }
        if (!DesktopLauncher.displayAvailable()) {
            throw new UserException("no display: set DISPLAY, or run 'xvfb-run operatorlab gui', "
                    + "or use 'operatorlab demo' for the headless demo");
        }
        DesktopLauncher.launch(problem);
        return 0;
    }
}
