package org.operatorlab.ui.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.operatorlab.ui.task.StatusBarJobs;

/** The bottom bar: what the running job does, its progress, and a Cancel button while it runs. */
final class StatusBar extends HBox {
    private final Label status = new Label("Ready");
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final StatusBarJobs jobs = new StatusBarJobs(status, progress);

    StatusBar() {
        super(12);
        status.setId("status-text");
        progress.setId("status-progress");
        cancel.setId("status-cancel");
        progress.setPrefWidth(220);
        progress.setVisible(false);
        cancel.setTooltip(new Tooltip("Stop the running job; it writes nothing half-done"));
        cancel.disableProperty().bind(jobs.busyProperty().not());
        cancel.visibleProperty().bind(jobs.busyProperty());
        cancel.setOnAction(e -> jobs.cancelRunning());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        getChildren().addAll(status, progress, cancel);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        setStyle("-fx-border-color: #c8c8c8; -fx-border-width: 1 0 0 0; -fx-background-color: #f4f4f4;");
    }

    /** The one job runner of the window. */
    StatusBarJobs jobs() {
        return jobs;
    }

    void say(String text) {
        status.setText(text);
    }
}
