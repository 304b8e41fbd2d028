package org.operatorlab.ui.app;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemSummary;
import org.operatorlab.ui.view.FieldView;
import org.operatorlab.ui.workflow.MeshedProblem;

/** The Problem tab without the editor: the problem's description and summary, its mesh and quality figures. */
final class ProblemOverview extends VBox {
    private final Label title = new Label("Pick an example on the left, or File ▸ Open problem…");
    private final TextArea details = new TextArea();
    private final FieldView meshView = new FieldView();
    private final Label quality = new Label();

    ProblemOverview() {
        super(8);
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        quality.setId("mesh-quality");
        VBox meshBox = new VBox(6, meshView, quality);
        VBox.setVgrow(meshView, Priority.ALWAYS);
        SplitPane split = new SplitPane(details, meshBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        getChildren().addAll(title, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        setPadding(new Insets(10));
    }

    void showProblem(Problem problem) {
        title.setText(problem.name());
        details.setText(problem.description() + "\n\n" + ProblemSummary.of(problem));
        quality.setText("Meshing…");
    }

    void showMesh(MeshedProblem meshed) {
        TriangleMesh mesh = meshed.drawableMesh();
        if (mesh != null) {
            meshView.showMesh(mesh);
        }
        quality.setText(meshed.meshSummary());
    }

    void showError(String fileName, String error) {
        title.setText(fileName);
        details.setText("This problem file has an error:\n\n" + error);
        quality.setText("");
    }

    String titleText() {
        return title.getText();
    }
}
