package org.operatorlab.ui.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
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
import java.util.function.Consumer;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
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
    private final Button solveButton = new Button("Solve");
    private Task<?> running;
    private CancellationToken runningToken;
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
        inBackground("Reading and meshing " + file.getFileName() + "…", (progress, cancel) -> LoadedProblem.load(file),
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
        inBackground("Solving " + problem.name() + "…", problem::solve, solved -> {
            TriangleMesh mesh = problem.mesh();
            if (mesh != null) {
                meshView.setField(mesh, solved.fieldName(), solved.values());
            }
            quality.setText(problem.meshSummary() + "   |   solved: " + solved.summary());
        }, error -> { });
    }

    /** One background job at a time: progress in the status bar, cancelled when another starts or the window closes. */
    private <T> void inBackground(String message, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancelRunning();
        CancellationToken cancel = new CancellationToken();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                return work.run((done, total, text) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                    if (text != null && !text.isEmpty()) {
                        updateMessage(text);
                    }
                }, cancel);
            }
        };
        task.setOnSucceeded(e -> {
            status.textProperty().unbind();
            onSuccess.accept(task.getValue());
            status.setText("Done: " + message.replace("…", ""));
        });
        task.setOnFailed(e -> {
            status.textProperty().unbind();
            Throwable error = task.getException();
            status.setText("Error: " + error.getMessage());
            onFailure.accept(error);
        });
        task.setOnCancelled(e -> status.textProperty().unbind());
        status.textProperty().bind(task.messageProperty());
        progress.visibleProperty().bind(task.runningProperty());
        progress.progressProperty().bind(task.progressProperty());
        running = task;
        runningToken = cancel;
        worker.submit(task);
    }

    private void cancelRunning() {
        if (runningToken != null) {
            runningToken.cancel();
        }
        if (running != null) {
            running.cancel();
        }
    }

    /** Work that reports progress and honours cancellation. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T run(ProgressListener progress, CancellationToken cancel) throws Exception;
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
        cancelRunning();
        worker.shutdownNow();
    }
}
