package org.operatorlab.ui.app;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.ui.task.StatusBarJobs;
import org.operatorlab.ui.view.MeshCanvas;

/**
 * The first window: example gallery, problem summary, mesh preview with quality figures, status bar.
 * Loading and meshing run on a background thread; the JavaFX thread only shows results.
 */
final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final ListView<ProblemLibrary.Entry> gallery = new ListView<>();
    private final Label title = new Label("Pick an example on the left, or File ▸ Open problem…");
    private final TextArea details = new TextArea();
    private final MeshCanvas meshView = new MeshCanvas();
    private final Label quality = new Label();
    private final Label status = new Label("Ready");
    private final ProgressBar progress = new ProgressBar(0);
    private final StatusBarJobs jobs = new StatusBarJobs(status, progress);
    private final Button solveButton = new Button("Solve");
    private LoadedProblem loaded;

    MainWindow(Stage stage, ProblemLibrary library) {
        this.stage = stage;
        gallery.getItems().setAll(library.entries());
        gallery.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> {
            if (entry != null) {
                open(entry.file());
            }
        });
        gallery.setPrefWidth(340);

        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        solveButton.setDisable(true);
        solveButton.setOnAction(e -> solve());
        solveButton.setTooltip(new javafx.scene.control.Tooltip("Solve with the classical solver and colour the mesh by the solution"));
        VBox meshBox = new VBox(6, new HBox(8, solveButton), meshView, quality);
        VBox.setVgrow(meshView, Priority.ALWAYS);
        SplitPane centre = new SplitPane(details, meshBox);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.3);
        VBox main = new VBox(8, title, centre);
        VBox.setVgrow(centre, Priority.ALWAYS);
        main.setPadding(new Insets(10));

        VBox left = new VBox(6, new Label("Examples"), gallery);
        VBox.setVgrow(gallery, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        progress.setPrefWidth(200);
        progress.setVisible(false);
        HBox statusBar = new HBox(12, status, progress);
        statusBar.setPadding(new Insets(4, 10, 4, 10));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        root.setTop(menuBar());
        root.setLeft(left);
        root.setCenter(main);
        root.setBottom(statusBar);
    }

    Parent root() {
        return root;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open problem…");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Problem files", "*.json"));
            java.io.File file = chooser.showOpenDialog(stage);
            if (file != null) {
                open(file.toPath());
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> stage.close());
        MenuItem about = new MenuItem("About OperatorLab");
        about.setOnAction(e -> new Alert(Alert.AlertType.INFORMATION,
                "OperatorLab — PDEs on meshes with classical solvers and neural operators.").showAndWait());
        return new MenuBar(new Menu("File", null, open, quit), new Menu("Help", null, about));
    }

    /** Reads and meshes a problem file in the background, then shows it. */
    void open(Path file) {
        jobs.run("Reading and meshing " + file.getFileName() + "…", (progress, cancel) -> LoadedProblem.load(file),
                this::show, error -> {
                    loaded = null;
                    solveButton.setDisable(true);
                    title.setText(file.getFileName().toString());
                    details.setText("This problem file has an error:\n\n" + error.getMessage());
                    meshView.setMesh(null);
                    quality.setText("");
                });
    }

    /** Solves the loaded problem with the classical solver and colours the mesh by the solution. */
    private void solve() {
        LoadedProblem problem = loaded;
        if (problem == null) {
            return;
        }
        jobs.run("Solving " + problem.name() + "…", problem::solve, solved -> {
            TriangleMesh mesh = problem.mesh();
            if (mesh != null) {
                meshView.setField(mesh, solved.fieldName(), solved.values());
            }
            quality.setText(problem.meshSummary() + "   |   solved: " + solved.summary());
        }, error -> { });
    }

    private void show(LoadedProblem loaded) {
        this.loaded = loaded;
        solveButton.setDisable(false);
        title.setText(loaded.name());
        details.setText(loaded.summary());
        TriangleMesh mesh = loaded.mesh();
        meshView.setMesh(mesh);
        quality.setText(loaded.meshSummary());
        status.setText("Loaded " + loaded.file().getFileName());
    }

    /** Stops any job (it writes nothing half-done) and the worker thread. */
    void shutdown() {
        jobs.shutdown();
    }
}
