package org.operatorlab.ui.editor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.operatorlab.solvers.problem.Problem;

/**
 * The whole form, section by section, and its problem-file JSON. It knows layout and JSON keys only; what
 * is valid is the problem reader's business.
 */
final class ProblemForm {
    private final TextField name = new TextField("New problem");
    private final TextArea description = new TextArea();
    private final MarkedField markedName = MarkedField.at("$.name", name);
    private final MarkedField markedDescription = MarkedField.at("$.description", description);
    private final GeometrySection geometry;
    private final MeshSection mesh;
    private final PdeSection pde;
    private final BoundaryTable boundary;
    private final TimeSection time;
    private final OutputsSection outputs;
    private final TitledPane timePane;
    private final VBox view;

    ProblemForm(Supplier<Path> baseDirectory, Runnable edited) {
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.setPromptText("what the problem models, for the gallery and the summary");
        FormGrid.watch(name.textProperty(), edited);
        FormGrid.watch(description.textProperty(), edited);
        geometry = new GeometrySection(baseDirectory, edited);
        mesh = new MeshSection(edited);
        pde = new PdeSection(edited);
        boundary = new BoundaryTable(edited);
        time = new TimeSection(edited);
        outputs = new OutputsSection(edited);

        FormGrid about = new FormGrid();
        about.row("name", markedName);
        about.row("description", markedDescription);
        timePane = section("Time and initial condition", time.view());
        TitledPane outputsPane = section("Outputs", outputs.view());
        outputsPane.setExpanded(false);
        view = new VBox(6, section("Problem", about), section("Geometry", geometry.view()), section("Mesh", mesh.view()),
                section("PDE", pde.view()), section("Boundary conditions", boundary.view()), timePane, outputsPane);
        view.getStyleClass().add("problem-form");
        geometry.presetProperty().addListener((o, before, now) -> mesh.adaptTo(now));
        pde.familyProperty().addListener((o, before, now) -> showTime());
        showTime();
    }

    private static TitledPane section(String title, Node content) {
        VBox padded = new VBox(content);
        padded.setPadding(new javafx.geometry.Insets(8, 10, 10, 10));
        TitledPane pane = new TitledPane(title, padded);
        pane.setAnimated(false);
        return pane;
    }

    private void showTime() {
        boolean shown = pde.family().isTimeDependent();
        timePane.setVisible(shown);
        timePane.setManaged(shown);
    }

    Node view() {
        return view;
    }

    BoundaryTable boundary() {
        return boundary;
    }

    /** The form as a problem file; without the boundary section when {@code withBoundary} is false. */
    String json(boolean withBoundary) {
        return FormJson.object(json -> {
            json.string("format", Problem.FORMAT).string("name", name.getText()).string("description", description.getText());
            geometry.write(json);
            mesh.write(json);
            pde.write(json);
            if (withBoundary) {
                boundary.write(json);
            }
            if (pde.family().isTimeDependent()) {
                time.write(json);
            }
            outputs.write(json);
        });
    }

    /** The geometry and mesh sections alone: what decides which boundaries there are. */
    String domainJson() {
        return FormJson.object(json -> {
            geometry.write(json);
            mesh.write(json);
        });
    }

    /** Shows {@code problem}; paths are shown relative to {@code baseDirectory}. */
    void fill(Problem problem, Path baseDirectory) {
        name.setText(problem.name());
        description.setText(problem.description());
        geometry.fill(problem.geometry(), baseDirectory);
        mesh.adaptTo(geometry.preset());
        mesh.fill(problem.mesh());
        pde.fill(problem.pde());
        boundary.fill(problem);
        time.fill(problem.time(), problem.initial());
        outputs.fill(problem.outputs());
    }

    /** The fields by the JSON path of their value, as the form is now. */
    Map<String, ErrorTarget> targets() {
        Map<String, ErrorTarget> all = new LinkedHashMap<>();
        all.put("$.name", markedName);
        all.put("$.description", markedDescription);
        geometry.targets(all);
        mesh.targets(all);
        pde.targets(all);
        boundary.targets(all);
        if (pde.family().isTimeDependent()) {
            time.targets(all);
        }
        outputs.targets(all);
        return all;
    }
}
