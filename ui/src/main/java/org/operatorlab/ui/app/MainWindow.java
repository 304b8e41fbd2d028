package org.operatorlab.ui.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
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
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "operatorlab-worker");
        t.setDaemon(true);
        return t;
    });
    private Task<LoadedProblem> running;

    MainWindow(Stage stage, ProblemLibrary library) {
        this.stage = stage;
        gallery.getItems().setAll(library.entries());
        gallery.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> {
            if (entry != null) {
                open(entry.file());
            }
        });
        gallery.setPrefWidth(260);

        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        VBox meshBox = new VBox(6, meshView, quality);
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
        if (running != null) {
            running.cancel();
        }
        Task<LoadedProblem> task = new Task<>() {
            @Override
            protected LoadedProblem call() throws Exception {
                updateMessage("Reading and meshing " + file.getFileName() + "…");
                return LoadedProblem.load(file);
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            title.setText(file.getFileName().toString());
            details.setText("This problem file has an error:\n\n" + error.getMessage());
            meshView.setMesh(null);
            quality.setText("");
            status.setText("Error: " + error.getMessage());
        });
        status.textProperty().bind(task.messageProperty());
        progress.visibleProperty().bind(task.runningProperty());
        progress.progressProperty().bind(task.progressProperty());
        task.stateProperty().addListener((o, old, state) -> {
            if (state != javafx.concurrent.Worker.State.RUNNING && state != javafx.concurrent.Worker.State.SCHEDULED) {
                status.textProperty().unbind();
            }
        });
        running = task;
        worker.submit(task);
    }

    private void show(LoadedProblem loaded) {
        title.setText(loaded.name());
        details.setText(loaded.summary());
        TriangleMesh mesh = loaded.mesh();
        meshView.setMesh(mesh);
        quality.setText(loaded.meshSummary());
        status.setText("Loaded " + loaded.file().getFileName());
    }

    void shutdown() {
        if (running != null) {
            running.cancel();
        }
        worker.shutdownNow();
    }
}
