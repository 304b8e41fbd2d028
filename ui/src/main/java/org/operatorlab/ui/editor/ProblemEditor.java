package org.operatorlab.ui.editor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemFileException;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.problem.ProblemSummary;
import org.operatorlab.solvers.problem.ProblemWriter;
import org.operatorlab.ui.task.JobRunner;

/**
 * The problem editor: a form for every part of a problem file with a live mesh preview. Every edit is checked
 * by the command line's own reader: the form is written as problem-file JSON and read with
 * {@link ProblemReader}; its error's JSON path finds the field at fault, which is marked in place (red border,
 * the reader's message under it). Files are read and written with the library's reader and writer.
 */
public final class ProblemEditor extends BorderPane {
    /** The source name in error messages of a problem that has no file yet. */
    private static final String UNSAVED = "(unsaved problem)";

    private final JobRunner jobs;
    private final ProblemForm form;
    private final MeshPreview preview;
    private final ErrorMarks marks = new ErrorMarks();
    private final Label banner = new Label();
    private final Label fileLabel = new Label();
    private final Button saveButton = new Button("Save");
    private final ReadOnlyObjectWrapper<Problem> validProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProblemFileException> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TriangleMesh> previewMesh = new ReadOnlyObjectWrapper<>();
    private boolean filling;
    /** The geometry and mesh the boundary rows were last taken from (a Gmsh file need not be read again). */
    private String rowsDomain;

    /**
     * A new problem (Poisson on the unit square). Reading files runs through {@code jobs}; the live preview
     * meshes on a runner of its own, with its progress under the mesh, so that editing never cancels a
     * job of the application's (a runner such as {@code StatusBarJobs} runs one job at a time).
     */
    public ProblemEditor(JobRunner jobs) {
        this(jobs, null);
    }

    /** As {@link #ProblemEditor(JobRunner)}, with the preview meshing through {@code previewJobs} (null: its own runner). */
    public ProblemEditor(JobRunner jobs, JobRunner previewJobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        filling = true; // the sections report edits while they are built
        form = new ProblemForm(this::baseDirectory, this::validate);
        preview = new MeshPreview(previewJobs);
        filling = false;
        preview.shownProperty().addListener((o, before, now) -> previewMesh.set(now == null ? null : now.mesh()));

        ScrollPane formScroll = new ScrollPane(form.view());
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.setMinWidth(380);
        SplitPane split = new SplitPane(formScroll, preview);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.46);
        SplitPane.setResizableWithParent(formScroll, false);

        banner.setId("validationMessage");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setPadding(new Insets(4, 8, 4, 8));
        fileLabel.setId("problemFile");
        VBox top = new VBox(toolBar(), banner);
        setTop(top);
        setCenter(split);
        getStyleClass().add("problem-editor");
        getStylesheets().add(Objects.requireNonNull(ProblemEditor.class.getResource("problem-editor.css")).toExternalForm());
        file.addListener((o, before, now) -> fileLabel.setText(now == null ? UNSAVED : now.toString()));
        fileLabel.setText(UNSAVED);
        validate();
    }

    private ToolBar toolBar() {
        Button newButton = new Button("New");
        newButton.setId("newProblem");
        newButton.setOnAction(e -> newProblem());
        Button open = new Button("Open…");
        open.setId("openProblem");
        open.setOnAction(e -> chooseAndOpen());
        saveButton.setId("saveProblem");
        saveButton.setOnAction(e -> {
            if (file.get() == null) {
                chooseAndSave();
            } else {
                saveReporting(file.get());
            }
        });
        saveButton.disableProperty().bind(current.isNull());
        Button saveAs = new Button("Save as…");
        saveAs.setId("saveProblemAs");
        saveAs.setOnAction(e -> chooseAndSave());
        saveAs.disableProperty().bind(current.isNull());
        return new ToolBar(newButton, open, saveButton, saveAs, new Separator(Orientation.VERTICAL), fileLabel);
    }

    /** Reads {@code problemFile} in the background with the library's reader and shows it; a bad file is reported in the banner. */
    public void load(Path problemFile) {
        say("Reading " + problemFile + "…", "validation-note");
        jobs.run("Reading " + problemFile.getFileName() + "…", (progress, cancel) -> ProblemReader.read(problemFile),
                problem -> load(problem, problemFile),
                failure -> say("Cannot open " + problemFile.getFileName() + ": " + failure.getMessage(), "validation-error"));
    }

    /** Shows {@code problem}; {@code problemFile} (may be null) is where it came from: Gmsh paths are relative to its folder. */
    public void load(Problem problem, Path problemFile) {
        filling = true;
        try {
            file.set(problemFile == null ? null : problemFile.toAbsolutePath());
            form.fill(problem, baseDirectory());
            rowsDomain = null;
        } finally {
            filling = false;
        }
        validate();
    }

    /** Starts a new problem: Poisson with f = 1 on the unit square, u = 0 on the boundary. */
    public void newProblem() {
        load(ProblemReader.read("""
                {"format": "operatorlab-problem/1", "name": "New problem", "description": "",
                 "geometry": {"shape": "rectangle", "xmin": 0, "ymin": 0, "xmax": 1, "ymax": 1},
                 "mesh": {"type": "triangles", "size": 0.1},
                 "pde": {"family": "poisson", "coefficients": {"f": 1}}}
                """, "new problem"), null);
    }

    /** The form as a problem, as the reader reads it; empty while the form has an error. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(current.get());
    }

    /** The last problem the form held without error (for the panels that solve, generate and train). */
    public ReadOnlyObjectProperty<Problem> validProblemProperty() {
        return validProblem.getReadOnlyProperty();
    }

    /** The reader's complaint about the form as it is now; null when it is valid. */
    public ReadOnlyObjectProperty<ProblemFileException> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The problem file shown (absolute), null for a problem never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The mesh of the live preview (null before the first one or for a 1D grid). */
    public ReadOnlyObjectProperty<TriangleMesh> previewMeshProperty() {
        return previewMesh.getReadOnlyProperty();
    }

    /**
     * Writes the problem atomically with the library's writer, then shows the file as read back.
     *
     * @throws IllegalStateException when the form has an error (nothing is written)
     */
    public void save(Path target) throws IOException {
        Problem problem = problem().orElseThrow(() -> new IllegalStateException(
                "the problem has an error, fix it before saving: " + error.get().jsonPath() + ": " + error.get().problem()));
        ProblemWriter.write(problem, target);
        load(ProblemReader.read(target), target);
        say("Saved " + target.toAbsolutePath() + ".  " + ProblemSummary.of(problem), "validation-ok");
    }

    private void saveReporting(Path target) {
        try {
            save(target);
        } catch (IOException | RuntimeException e) {
            say("Cannot save " + target + ": " + e.getMessage(), "validation-error");
        }
    }

    private void chooseAndOpen() {
        File chosen = chooser("Open problem").showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            load(chosen.toPath());
        }
    }

    private void chooseAndSave() {
        FileChooser chooser = chooser("Save problem");
        if (file.get() != null) {
            chooser.setInitialFileName(file.get().getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            saveReporting(chosen.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Problem files", "*.json"));
        File dir = baseDirectory().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        return chooser;
    }

    /** Where relative paths in the problem (Gmsh files) start: the problem file's folder, else the working directory. */
    private Path baseDirectory() {
        Path f = file.get();
        return f == null ? Path.of("").toAbsolutePath() : f.getParent();
    }

    /**
     * Reads the form with the problem reader. When the geometry or mesh changed, first without boundary
     * conditions, to learn from the reader which boundaries there are (a new shape brings new names); then whole.
     */
    private void validate() {
        if (filling) {
            return;
        }
        String source = file.get() == null ? UNSAVED : file.get().getFileName().toString();
        try {
            String domain = form.domainJson() + baseDirectory();
            if (!domain.equals(rowsDomain)) {
                Problem shape = ProblemReader.read(form.json(false), source, baseDirectory());
                filling = true;
                try {
                    form.boundary().sync(shape.boundaryNames());
                } finally {
                    filling = false;
                }
                rowsDomain = domain;
            }
            accept(ProblemReader.read(form.json(true), source, baseDirectory()));
        } catch (ProblemFileException e) {
            reject(e);
        }
    }

    private void accept(Problem problem) {
        marks.clear();
        error.set(null);
        current.set(problem);
        if (!problem.equals(validProblem.get())) {
            validProblem.set(problem);
        }
        say("✓ " + ProblemSummary.of(problem), "validation-ok");
        preview.request(problem);
    }

    private void reject(ProblemFileException e) {
        current.set(null);
        error.set(e);
        marks.show(e.jsonPath(), e.problem(), form.targets());
        say("✗ " + e.jsonPath() + ": " + e.problem(), "validation-error");
        preview.stale();
    }

    private void say(String text, String style) {
        banner.setText(text);
        banner.getStyleClass().removeAll("validation-ok", "validation-error", "validation-note");
        banner.getStyleClass().add(style);
    }
}
