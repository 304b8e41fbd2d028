package org.operatorlab.ui.app;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the JavaFX application from a plain main method (the classpath launch that JavaFX needs when
 * the main class does not extend Application).
 */
public final class DesktopLauncher {
    private DesktopLauncher() { }

    /** Whether a window can be shown: an X display, or Monocle's headless glass platform. */
    public static boolean displayAvailable() {
        String display = System.getenv("DISPLAY");
        return (display != null && !display.isBlank())
                || "Monocle".equals(System.getProperty("glass.platform"))
                || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /** Blocks until the window is closed. */
    public static void launch(Path problem) {
        String[] args = problem == null ? new String[0] : new String[] {problem.toAbsolutePath().toString()};
        Application.launch(OperatorLabApp.class, args);
    }
}
