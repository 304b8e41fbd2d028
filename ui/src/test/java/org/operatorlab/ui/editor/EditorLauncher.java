package org.operatorlab.ui.editor;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.operatorlab.ui.task.StatusBarJobs;

/**
 * Shows the editor alone in a window, to look at it (e.g. under Xvfb): {@code EditorLauncher [problem.json]
 * [fieldId=text ...] [scroll=0..1]}; each {@code fieldId=text} is typed into that text field once the problem
 * is shown, {@code scroll} scrolls the form.
 */
public final class EditorLauncher {
    private EditorLauncher() { }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Label status = new Label("Ready");
            ProgressBar progress = new ProgressBar(0);
            progress.setVisible(false);
            StatusBarJobs jobs = new StatusBarJobs(status, progress);
            ProblemEditor editor = new ProblemEditor(jobs);
            HBox bar = new HBox(12, status, progress);
            bar.setPadding(new Insets(4, 10, 4, 10));
            BorderPane root = new BorderPane(editor);
            root.setBottom(bar);
            Stage stage = new Stage();
            stage.setTitle("OperatorLab — problem editor");
            stage.setScene(new Scene(root, 1400, 900));
            stage.setOnHidden(e -> {
                jobs.shutdown();
                Platform.exit();
            });
            stage.show();
            if (args.length > 0) {
                editor.load(Path.of(args[0]));
            }
            editor.fileProperty().addListener((o, before, now) -> Platform.runLater(() -> {
                for (int i = 1; i < args.length; i++) {
                    String[] edit = args[i].split("=", 2);
                    if (edit[0].equals("scroll")) {
                        ((javafx.scene.control.ScrollPane) root.lookup(".scroll-pane")).setVvalue(Double.parseDouble(edit[1]));
                    } else {
                        ((javafx.scene.control.TextInputControl) root.lookup("#" + edit[0])).setText(edit[1]);
                    }
                }
            }));
        });
    }
}
