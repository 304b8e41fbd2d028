package org.operatorlab.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.ui.demo.Demo;
import org.operatorlab.ui.demo.DemoGallery;
import org.operatorlab.ui.demo.DemoLibrary;
import org.operatorlab.ui.demo.DemoResult;
import org.operatorlab.ui.demo.DemoResultView;
import org.operatorlab.ui.editor.ProblemEditor;
import org.operatorlab.ui.workflow.ComparePanel;
import org.operatorlab.ui.workflow.TrainPanel;
import org.operatorlab.ui.task.StatusBarJobs;
import org.operatorlab.ui.workflow.DataPanel;
import org.operatorlab.ui.workflow.ExportPanel;
import org.operatorlab.ui.workflow.ProblemContext;
import org.operatorlab.ui.workflow.ShownResult;
import org.operatorlab.ui.workflow.ShownResults;
import org.operatorlab.ui.workflow.SolvePanel;

/**
 * The main window: the classroom demos and the example problems on the left; in the middle the demo's
 * result and one tab per step of the workflow (Problem, Solve, Data, Train, Compare, Export), all working
 * on the editor's current problem; a status bar with the running
 * job's progress and a Cancel button. Long work runs through the status bar's one job runner, which
 * the window stops when it closes.
 */
final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final ListView<ProblemLibrary.Entry> gallery = new ListView<>();
    private final StatusBar statusBar = new StatusBar();
    private final StatusBarJobs jobs = statusBar.jobs();
    private final ProblemContext context = new ProblemContext();
    private final ShownResults shown = new ShownResults();
    private final ProblemEditor editor = new ProblemEditor(jobs);
    private final SolvePanel solvePanel = new SolvePanel(jobs, context, shown);
    private final DataPanel dataPanel = new DataPanel(jobs, context);
    private final TrainPanel trainPanel = new TrainPanel(jobs, context);
    private final ComparePanel comparePanel = new ComparePanel(jobs, context, shown, trainPanel.trainedModelProperty());
    private final ExportPanel exportPanel = new ExportPanel(jobs, shown);
    private final DemoResultView demoView = new DemoResultView();
    private final DemoGallery demos;
    private final java.util.Optional<String> firstDemo;
    private final TabPane tabs = new TabPane();
    private final TabPane sideTabs = new TabPane();
    private final Tab exportTab = tab(ExportPanel.NAME, exportPanel);
    private final Tab demoTab = tab(DemoExports.PANEL, demoView);

    MainWindow(Stage stage, ProblemLibrary library, DemoLibrary demoLibrary) {
        this.stage = stage;
        demos = new DemoGallery(jobs, demoLibrary, this::showDemo);
        firstDemo = demoLibrary.files().stream().findFirst().map(f -> f.getFileName().toString());
        demos.setId("demo-gallery");
        gallery.setId("gallery");
        gallery.getItems().setAll(library.entries());
        gallery.setCellFactory(l -> new GalleryCell());
        gallery.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> {
            if (entry != null) {
                open(entry.file());
            }
        });
        Label examples = new Label("Example problems: pick one to edit, solve, generate data, train and compare.");
        examples.setWrapText(true);
        VBox examplesBox = new VBox(6, examples, gallery);
        VBox.setVgrow(gallery, Priority.ALWAYS);
        examplesBox.setPadding(new Insets(10));
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.getTabs().addAll(tab("Demos", demos), tab("Examples", examplesBox));
        sideTabs.setMinWidth(240);
        VBox left = new VBox(sideTabs);
        VBox.setVgrow(sideTabs, Priority.ALWAYS);

        tabs.setId("workflow-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(demoTab, tab("Problem", editor), tab(SolvePanel.NAME, solvePanel),
                tab(DataPanel.NAME, dataPanel), tab(TrainPanel.NAME, trainPanel), tab(ComparePanel.NAME, comparePanel),
                exportTab);
        tabs.getSelectionModel().select(1);
        exportTab.setOnSelectionChanged(e -> {
            if (exportTab.isSelected()) {
                exportPanel.refresh();
            }
        });

        SplitPane body = new SplitPane(left, tabs);
        body.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(left, false);
        // Every panel works on the editor's problem; while the form has an error there is none.
        editor.validProblemProperty().addListener(o -> followEditor());
        editor.errorProperty().addListener(o -> followEditor());
        editor.fileProperty().addListener(o -> followEditor());
        editor.previewMeshProperty().addListener((o, old, mesh) -> {
            if (mesh != null) {
                shown.publish(new ShownResult("Problem", "mesh of " + context.problem().map(Problem::name).orElse("the problem"),
                        FieldSet.on(mesh), null, null));
            } else {
                shown.withdraw("Problem");
            }
        });
        followEditor();
        root.setTop(menuBar());
        root.setCenter(body);
        root.setBottom(statusBar);
        // Closing the window stops the running job; it writes nothing half-done.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> shutdown());
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setId("tab-" + name.toLowerCase(java.util.Locale.ROOT));
        return t;
    }

    Parent root() {
        return root;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open problem…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Problem files", "*.json"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                open(file.toPath());
            }
        });
        MenuItem saveAs = new MenuItem("Save problem as…");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAs.disableProperty().bind(context.problemProperty().isNull());
        saveAs.setOnAction(e -> saveAs());
        MenuItem export = new MenuItem("Export…");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> tabs.getSelectionModel().select(exportTab));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        MenuItem about = new MenuItem("About OperatorLab");
        about.setOnAction(e -> new Alert(Alert.AlertType.INFORMATION,
                "OperatorLab — PDEs on meshes with classical solvers and neural operators (FNO, TFNO, DeepONet, PINN)."
                        + "\n\nThe desktop app runs the same library as the operatorlab command line.").showAndWait());
        return new MenuBar(new Menu("File", null, open, saveAs, export, new javafx.scene.control.SeparatorMenuItem(), quit),
                new Menu("Help", null, about));
    }

    /** Opens a problem file in the editor (read in the background); it becomes the current problem. */
    void open(Path file) {
        editor.load(file);
        selectInGallery(file);
    }

    private void followEditor() {
        Problem valid = editor.errorProperty().get() == null ? editor.validProblemProperty().get() : null;
        if (valid != context.problem().orElse(null) || editor.fileProperty().get() != context.fileProperty().get()) {
            context.setProblem(valid, editor.fileProperty().get());
        }
        stage.setTitle(valid == null ? "OperatorLab" : "OperatorLab — " + valid.name());
    }

    /** A finished demo: its result in the Demo tab (exportable), its problem in the editor for the other panels. */
    private void showDemo(Demo demo, DemoResult result) {
        demoView.show(demo, result);
        tabs.getSelectionModel().select(demoTab);
        ShownResult exportable = DemoExports.of(demo, result, demoView);
        if (exportable != null) {
            shown.publish(exportable);
        } else {
            shown.withdraw(DemoExports.PANEL);
        }
        if (demo.problem() != null) {
            open(demo.problem());
        }
    }

    /** Shows the example problems on the left (a problem was named on the command line). */
    void showExamples() {
        sideTabs.getSelectionModel().select(1);
    }

    /** Shows the classroom demos on the left with the first one picked, ready to run. */
    void showDemos() {
        sideTabs.getSelectionModel().select(0);
        firstDemo.ifPresent(demos::select);
    }

    /** Highlights the gallery entry of {@code file} (when opened from the command line or the menu). */
    private void selectInGallery(Path file) {
        for (ProblemLibrary.Entry e : gallery.getItems()) {
            if (sameFile(e.file(), file) && gallery.getSelectionModel().getSelectedItem() != e) {
                gallery.getSelectionModel().select(e);
                gallery.scrollTo(e);
                return;
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private void saveAs() {
        Problem problem = context.problem().orElse(null);
        if (problem == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Problem files", "*.json"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = file.getName().endsWith(".json") ? file.toPath() : Path.of(file.getPath() + ".json");
        try {
            editor.save(target);
            statusBar.say("Saved " + target);
        } catch (IOException | RuntimeException e) {
            new Alert(Alert.AlertType.ERROR, "Could not save " + target + ": " + e.getMessage()).showAndWait();
        }
    }

    /** Stops any job (it writes nothing half-done) and the worker thread. */
    void shutdown() {
        jobs.shutdown();
    }

    /** After {@link #shutdown()}: waits for the worker to stop; false on timeout. */
    boolean awaitStopped(long millis) throws InterruptedException {
        return jobs.awaitStopped(millis, TimeUnit.MILLISECONDS);
    }

    ProblemContext context() { return context; }

    ShownResults shown() { return shown; }

    SolvePanel solvePanel() { return solvePanel; }

    DataPanel dataPanel() { return dataPanel; }

    ExportPanel exportPanel() { return exportPanel; }

    TrainPanel trainPanel() { return trainPanel; }

    ComparePanel comparePanel() { return comparePanel; }

    DemoGallery demos() { return demos; }

    DemoResultView demoView() { return demoView; }

    TabPane tabs() { return tabs; }

    ListView<ProblemLibrary.Entry> gallery() { return gallery; }

    ProblemEditor editor() { return editor; }
}
