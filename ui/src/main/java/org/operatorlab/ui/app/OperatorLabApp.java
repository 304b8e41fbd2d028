package org.operatorlab.ui.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The OperatorLab desktop application: an example gallery on the left, the selected problem with its
 * mesh preview in the middle, a status bar with progress at the bottom.
 */
public final class OperatorLabApp extends Application {
    /** Jobs check for cancellation between steps (a sample, an epoch, a time step); this is ample. */
    private static final long STOP_WAIT_MILLIS = 20_000;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, ProblemLibrary.fromHome(), org.operatorlab.ui.demo.DemoLibrary.fromHome());
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
            window.showExamples();
        } else {
            window.showDemos();
        }
        stage.setTitle("OperatorLab");
        stage.setScene(new Scene(window.root(), 1360, 860));
        stage.show();
    }

    /** Stops the running job and waits for it, so its temporary files are gone before the JVM exits. */
    @Override
    public void stop() throws InterruptedException {
        if (window != null) {
            window.shutdown();
            if (!window.awaitStopped(STOP_WAIT_MILLIS)) {
                System.err.println("operatorlab: the background job did not stop within "
                        + STOP_WAIT_MILLIS / 1000 + " s; exiting anyway");
            }
        }
    }
}
