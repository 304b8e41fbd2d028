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

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
