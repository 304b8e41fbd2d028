package org.operatorlab.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.operatorlab.solvers.problem.GeometrySpec;

/** A Gmsh {@code .msh} file, typed or chosen, relative to the problem file's folder; it is also the mesh. */
final class GmshFileField implements ShapeParameters {
    static final String PATH = "$.geometry.file";

    private final TextField file = new TextField();
    private final MarkedField marked;
    private final Supplier<Path> baseDirectory;
    private final VBox view;

    GmshFileField(Supplier<Path> baseDirectory, Runnable edited) {
        this.baseDirectory = baseDirectory;
        file.setPromptText("mesh.msh (relative to the problem file)");
        FormGrid.watch(file.textProperty(), edited);
        marked = MarkedField.at(PATH, file);
        Button browse = new Button("Browse…");
        browse.setId("browseGmsh");
        browse.setOnAction(e -> choose(browse));
        HBox row = new HBox(6, marked, browse);
        HBox.setHgrow(marked, Priority.ALWAYS);
        FormGrid grid = new FormGrid();
        grid.row(".msh file", row);
        Label note = new Label("Gmsh 2.2 or 4.1 ASCII; physical curve names become the boundary names.");
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        view = new VBox(6, grid, note);
    }

    private void choose(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Gmsh mesh");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Gmsh meshes", "*.msh"));
        File dir = baseDirectory.get().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        File chosen = chooser.showOpenDialog(owner.getScene().getWindow());
        if (chosen != null) {
            file.setText(relative(chosen.toPath(), baseDirectory.get()));
        }
    }

    /** The path as the file will state it: relative to the problem's folder, as the writer does. */
    private static String relative(Path chosen, Path baseDirectory) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path target = chosen.toAbsolutePath().normalize();
        if (base.getRoot() == null || !base.getRoot().equals(target.getRoot())) {
            return target.toString();
        }
        return base.relativize(target).toString().replace('\\', '/');
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void write(FormJson json) {
        json.string("file", file.getText().strip());
    }

    @Override
    public void fill(GeometrySpec spec, Path base) {
        file.setText(relative(((GeometrySpec.Gmsh) spec).resolved(), base));
    }

    @Override
    public void targets(Map<String, ErrorTarget> into) {
        into.put(PATH, marked);
    }
}
