package org.operatorlab.ui.editor;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.solvers.problem.GeometrySpec;
import org.operatorlab.solvers.problem.MeshSpec;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.ui.task.JobRunner;
import org.operatorlab.ui.task.StatusBarJobs;
import org.operatorlab.ui.view.FieldView;

/**
 * The live mesh preview: after edits settle (300 ms) the valid problem's mesh is rebuilt in the background,
 * cancelling a rebuild still running, and shown with its node and element counts and smallest angle.
 * Only geometry and mesh edits re-mesh; a new coefficient keeps the mesh shown.
 */
final class MeshPreview extends BorderPane {
    static final Duration SETTLE = Duration.millis(300);
    private static final String STALE = "showing the last valid mesh";

    /** What a mesh depends on. */
    private record Domain(GeometrySpec geometry, MeshSpec mesh) { }

    private final JobRunner jobs;
    private final FieldView view = new FieldView();
    private final Label figures = new Label("no mesh yet");
    private final Label status = new Label();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ReadOnlyObjectWrapper<PreviewMesh> shown = new ReadOnlyObjectWrapper<>();
    private Domain requested;
    private Problem pending;
    private JobRunner.Job running;
    private long generation;
    private boolean formInvalid;

    /** {@code jobs} runs the meshing; null for a runner of the preview's own, with its progress under the mesh. */
    MeshPreview(JobRunner jobs) {
        ProgressBar progress = new ProgressBar();
        progress.setVisible(false);
        progress.setPrefWidth(160);
        this.jobs = jobs != null ? jobs : new StatusBarJobs(status, progress);
        figures.setId("meshQuality");
        status.setId("previewStatus");
        status.getStyleClass().add("form-note");
        status.setWrapText(true);
        settle.setOnFinished(e -> start());
        HBox statusRow = new HBox(8, status, progress);
        VBox bottom = new VBox(2, figures, statusRow);
        bottom.setPadding(new Insets(6, 4, 0, 4));
        setCenter(view);
        setBottom(bottom);
    }

    /** Re-meshes for {@code problem} once edits settle, unless its geometry and mesh are the ones shown or coming. */
    void request(Problem problem) {
        formInvalid = false;
        if (STALE.equals(status.getText())) {
            status.setText("");
        }
        Domain domain = new Domain(problem.geometry(), problem.mesh());
        if (domain.equals(requested)) {
            return;
        }
        requested = domain;
        pending = problem;
        status.setText("meshing…");
        settle.playFromStart();
    }

    /** The form is invalid: keep the last mesh, say it is the last valid one. */
    void stale() {
        formInvalid = true;
        if (shown.get() != null) {
            status.setText(STALE);
        }
    }

    private void start() {
        if (running != null) {
            running.cancel();
        }
        long mine = ++generation;
        Problem problem = pending;
        running = jobs.run("Meshing the preview…", (progress, cancel) -> PreviewMesh.of(problem, progress, cancel),
                mesh -> {
                    if (mine == generation) {
                        show(mesh);
                    }
                },
                error -> {
                    if (mine != generation) {
                        return;
                    }
                    if (error instanceof CancelledException) {
                        // stopped from outside (another job): mesh again on the next request
                        requested = null;
                        status.setText("preview cancelled");
                    } else {
                        status.setText("no preview: " + Objects.requireNonNullElse(error.getMessage(), error.toString()));
                    }
                });
    }

    private void show(PreviewMesh mesh) {
        running = null;
        if (mesh.mesh() != null) {
            view.showMesh(mesh.mesh());
            view.setVisible(true);
        } else {
            view.setVisible(false);
        }
        figures.setText(mesh.figures());
        status.setText(formInvalid ? STALE : "");
        shown.set(mesh);
    }

    /** The mesh shown, with its figures. */
    ReadOnlyObjectProperty<PreviewMesh> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
