package org.operatorlab.ui.workflow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.operatorlab.mesh.field.Field;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.ui.task.JobRunner;

/**
 * Export: writes what a panel shows — VTK for ParaView (every field, and the time series as .pvd), a PNG
 * of the view, CSV of the nodal fields — into a folder, and lists the files written.
 */
public final class ExportPanel extends BorderPane {
    public static final String NAME = "Export";

    private final JobRunner jobs;
    private final ChoiceBox<ShownResult> what = new ChoiceBox<>();
    private final TextField folder = new TextField(Path.of("out", "export").toString());
    private final TextField stem = new TextField();
    private final CheckBox vtk = new CheckBox("VTK for ParaView (.vtu / .vti, .pvd for time series)");
    private final CheckBox png = new CheckBox("PNG picture of the view");
    private final CheckBox csv = new CheckBox("CSV of the nodal fields");
    private final Button export = new Button("Export");
    private final Label contents = new Label();
    private final Label message = new Label();
    private final ListView<String> files = new ListView<>();
    private final List<Path> written = new ArrayList<>();
    private final javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView();

    public ExportPanel(JobRunner jobs, ShownResults shown) {
        this.jobs = jobs;
        what.setItems(shown.all());
        what.setId("export-what");
        shown.latestProperty().addListener((o, old, r) -> what.setValue(r));
        what.valueProperty().addListener((o, old, r) -> describe(r));
        vtk.setSelected(true);
        png.setSelected(true);
        csv.setSelected(true);
        folder.setId("export-folder");
        stem.setId("export-name");
        export.setId("export-button");
        export.disableProperty().bind(what.valueProperty().isNull());
        export.setOnAction(e -> export());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("What"), what);
        form.add(contents, 1, 1);
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        form.addRow(2, new Label("Folder"), folderRow);
        form.addRow(3, new Label("File name"), stem);
        form.add(new VBox(6, vtk, png, csv), 1, 4);
        form.add(export, 1, 5);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        contents.setStyle("-fx-text-fill: #555;");
        message.setWrapText(true);
        message.setId("export-message");
        files.setId("export-files");
        files.setPlaceholder(new Label("Nothing exported yet."));
        VBox top = new VBox(10, form, message, new Label("Files written (in the folder above)"));
        VBox main = new VBox(0, top, files);
        VBox.setVgrow(files, Priority.ALWAYS);
        setCenter(main);
        picture.setPreserveRatio(true);
        picture.setFitWidth(420);
        picture.setFitHeight(420);
        Label pictureTitle = new Label("The picture (PNG) as it will be written");
        pictureTitle.setStyle("-fx-font-weight: bold;");
        VBox side = new VBox(8, pictureTitle, picture);
        side.setPadding(new Insets(0, 0, 0, 14));
        setRight(side);
        what.valueProperty().addListener((o, old, r) -> refreshPicture(r));
        setPadding(new Insets(10));
        describe(null);
    }

    private void describe(ShownResult r) {
        if (r == null) {
            contents.setText("Nothing to export yet: solve a problem (or compare a prediction) first.");
            return;
        }
        StringBuilder s = new StringBuilder();
        for (Field f : r.fields().fields()) {
            s.append(s.length() == 0 ? "" : ", ").append(f.name());
        }
        contents.setText(String.format(Locale.ROOT, "fields %s on %,d nodes%s", s, r.fields().domain().nodeCount(),
                r.series() != null && r.series().size() > 1 ? ", " + r.series().size() + " time steps" : ""));
        stem.setText(r.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "")
                + "_" + r.panel().toLowerCase(Locale.ROOT));
    }

    /** Retakes the picture preview: the view may have changed (time slider, camera) since it was published. */
    public void refresh() {
        refreshPicture(what.getValue());
    }

    /** Shows the PNG the view writes now (written to a temporary file and read back, so it is exactly that). */
    private void refreshPicture(ShownResult r) {
        picture.setImage(null);
        if (r == null || r.view() == null) {
            return;
        }
        try {
            Path tmp = Files.createTempFile("operatorlab-preview", ".png");
            try {
                savePicture(r.view(), tmp);
                picture.setImage(new javafx.scene.image.Image(tmp.toUri().toString()));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            message.setText("No picture preview: " + e.getMessage());
        }
    }

    /** The PNG of a field view or of a comparison (its three views with their colour bars). */
    private static void savePicture(javafx.scene.Node view, Path png) throws IOException {
        if (view instanceof org.operatorlab.ui.view.FieldView f) {
            f.saveSnapshot(png);
        } else if (view instanceof org.operatorlab.ui.view.ComparisonView c) {
            c.saveSnapshot(png);
        } else {
            throw new IOException("no picture of a " + view.getClass().getSimpleName());
        }
    }

    /** Writes the chosen formats; the PNG is taken on the JavaFX thread, the rest in the background. */
    public void export() {
        ShownResult r = what.getValue();
        if (r == null) {
            return;
        }
        Path dir = Path.of(folder.getText().strip()).toAbsolutePath();
        String name = stem.getText().strip().isEmpty() ? "result" : stem.getText().strip();
        written.clear();
        files.getItems().clear();
        List<String> problems = new ArrayList<>();
        if (png.isSelected()) {
            if (r.view() == null) {
                problems.add("no picture: this result has no view");
            } else {
                try {
                    Files.createDirectories(dir);
                    Path file = dir.resolve(name + ".png");
                    savePicture(r.view(), file);
                    record(file);
                } catch (IOException | RuntimeException e) {
                    problems.add("PNG not written: " + e.getMessage());
                }
            }
        }
        boolean writeVtk = vtk.isSelected();
        boolean writeCsv = csv.isSelected();
        message.setText("Exporting…");
        jobs.run("Exporting " + r + "…", (progress, cancel) -> ResultExporter.write(r, dir, name, writeVtk, writeCsv, cancel),
                paths -> {
                    paths.forEach(this::record);
                    message.setText("Wrote " + written.size() + " file(s) to " + dir
                            + (problems.isEmpty() ? "." : "; " + String.join("; ", problems)));
                }, error -> message.setText(error instanceof CancelledException ? "Cancelled."
                        : "Export failed: " + error.getMessage()
                        + (problems.isEmpty() ? "" : "; " + String.join("; ", problems))));
    }

    private void record(Path file) {
        written.add(file);
        files.getItems().add(file.getFileName().toString());
    }

    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        Path current = Path.of(folder.getText().strip()).toAbsolutePath();
        if (Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            folder.setText(dir.getPath());
        }
    }

    /** The files written by the last export. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    /** Folder and file name, for tests and the File menu. */
    public void configure(Path dir, String name) {
        folder.setText(dir.toString());
        stem.setText(name);
    }

    /** Chooses what to export among the shown results. */
    public void select(ShownResult r) {
        what.setValue(r);
    }
}
