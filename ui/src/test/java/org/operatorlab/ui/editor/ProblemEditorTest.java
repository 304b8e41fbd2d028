package org.operatorlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.solvers.problem.BoundaryCondition;
import org.operatorlab.solvers.problem.ExpressionCoefficient;
import org.operatorlab.solvers.problem.GeometrySpec;
import org.operatorlab.solvers.problem.MeshSpec;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.problem.ProblemWriter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor headless (Monocle): loading, live preview, errors marked in place, saving. */
@ExtendWith(ApplicationExtension.class)
class ProblemEditorTest {
    private static final Path PROBLEMS = Path.of(System.getProperty("operatorlab.root", ".."), "resources", "problems");
    private static final Path LSHAPE = PROBLEMS.resolve("poisson_lshape.json");

    private final ThreadJobRunner jobs = new ThreadJobRunner();
    private ProblemEditor editor;

    @Start
    void start(Stage stage) {
        editor = new ProblemEditor(jobs, jobs);
        stage.setScene(new Scene(editor, 1200, 800));
        stage.show();
    }

    /** Whether the node and everything around it is visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void loadAndWait(FxRobot robot, Path file) throws TimeoutException {
        Path absolute = file.toAbsolutePath();
        robot.interact(() -> editor.load(absolute));
        waitFor(() -> absolute.equals(editor.fileProperty().get()) && editor.problem().isPresent());
    }

    private <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    private TextField field(FxRobot robot, String id) {
        return node(robot, "#" + id, TextField.class);
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> field(robot, id).setText(text));
    }

    @Test
    void a_loaded_file_fills_the_form_and_reads_back_equal(FxRobot robot) throws Exception {
        loadAndWait(robot, LSHAPE);
        assertEquals(GeometryPreset.LSHAPE, node(robot, "#geometryPreset", ComboBox.class).getValue());
        assertEquals("-1", field(robot, "field-geometry-xmin").getText());
        assertEquals("1", field(robot, "field-geometry-ymax").getText());
        assertEquals("0.05", field(robot, "meshSize").getText());
        assertEquals(PdeFamily.POISSON, node(robot, "#pdeFamily", ComboBox.class).getValue());
        assertEquals("1", field(robot, "field-pde-coefficients-f").getText());
        @SuppressWarnings("unchecked")
        TableView<BoundaryRow> table = node(robot, "#boundaryTable", TableView.class);
        assertEquals(List.of("outer", "notch"), table.getItems().stream().map(BoundaryRow::name).toList());
        assertEquals("dirichlet", table.getItems().get(1).typeProperty().get());
        assertEquals(ProblemReader.read(LSHAPE), editor.problem().orElseThrow());
        assertEquals(editor.problem().orElseThrow(), editor.validProblemProperty().get());
    }

    @Test
    void by_default_the_preview_meshes_on_its_own_runner(FxRobot robot) throws Exception {
        ThreadJobRunner application = new ThreadJobRunner();
        robot.interact(() -> {
            Scene scene = editor.getScene();
            editor = new ProblemEditor(application);
            scene.setRoot(editor);
        });
        loadAndWait(robot, LSHAPE);
        waitFor(() -> editor.previewMeshProperty().get() != null);
        assertEquals(List.of("Reading poisson_lshape.json…"), application.started, "the application's runner only read the file");
    }

    @Test
    void every_shipped_example_goes_through_the_form_unchanged(FxRobot robot) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(PROBLEMS)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 9, "the shipped examples are found: " + files);
        for (Path f : files) {
            Problem read = ProblemReader.read(f);
            robot.interact(() -> editor.load(read, f));
            assertEquals(read, editor.problem().orElseThrow(() -> new AssertionError(f + ": " + editor.errorProperty().get())),
                    f.getFileName().toString());
        }
    }

    @Test
    void a_new_mesh_size_remeshes_the_preview(FxRobot robot) throws Exception {
        loadAndWait(robot, LSHAPE);
        // wait for the L-shape's own preview (an earlier problem's mesh may still be shown)
        int fine = ((ProblemDomain.Triangulated) ProblemDomains.mesh(ProblemReader.read(LSHAPE))).mesh().nodeCount();
        waitFor(() -> editor.previewMeshProperty().get() != null && editor.previewMeshProperty().get().nodeCount() == fine);
        Problem coarse = ProblemReader.read(Files.readString(LSHAPE).replace("\"size\": 0.05", "\"size\": 0.2"), "coarse");
        int expected = ((ProblemDomain.Triangulated) ProblemDomains.mesh(coarse)).mesh().nodeCount();
        assertNotEquals(fine, expected, "the two sizes give different meshes");

        long before = jobs.count("Meshing");
        // several quick edits: one re-mesh once they settle
        robot.interact(() -> {
            field(robot, "meshSize").setText("0.3");
            field(robot, "meshSize").setText("0.25");
            field(robot, "meshSize").setText("0.2");
        });
        waitFor(() -> editor.previewMeshProperty().get().nodeCount() != fine);
        assertEquals(expected, editor.previewMeshProperty().get().nodeCount());
        assertEquals(before + 1, jobs.count("Meshing"));
        String figures = node(robot, "#meshQuality", Label.class).getText();
        assertTrue(figures.startsWith(expected + " nodes"), figures);
        assertTrue(figures.contains("min angle"), figures);
    }

    @Test
    void a_negative_mesh_size_is_flagged_in_place_until_fixed(FxRobot robot) throws Exception {
        loadAndWait(robot, LSHAPE);
        // typed key by key, as a user does
        robot.doubleClickOn("#meshSize").eraseText(6).write("-1");
        WaitForAsyncUtils.waitForFxEvents();
        TextField size = field(robot, "meshSize");
        assertEquals("-1", size.getText());
        assertTrue(size.getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        MarkedField marked = (MarkedField) size.getParent();
        assertTrue(marked.message().contains("expected a positive number, found -1"), marked.message());
        assertTrue(editor.problem().isEmpty());
        assertEquals("$.mesh.size", editor.errorProperty().get().jsonPath());
        assertTrue(node(robot, "#saveProblem", Button.class).isDisabled());
        assertTrue(node(robot, "#validationMessage", Label.class).getText().contains("$.mesh.size"));

        type(robot, "meshSize", "0.2");
        assertFalse(size.getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        assertEquals("", marked.message());
        assertNull(editor.errorProperty().get());
        assertEquals(new MeshSpec.Triangles(0.2), editor.problem().orElseThrow().mesh());
        assertFalse(node(robot, "#saveProblem", Button.class).isDisabled());
    }

    @Test
    void a_malformed_expression_is_flagged_where_it_was_typed(FxRobot robot) throws Exception {
        loadAndWait(robot, LSHAPE);
        waitFor(() -> editor.previewMeshProperty().get() != null);
        type(robot, "field-pde-coefficients-f", "sin(");
        assertEquals("showing the last valid mesh", node(robot, "#previewStatus", Label.class).getText());
        TextField f = field(robot, "field-pde-coefficients-f");
        assertTrue(f.getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        assertTrue(((MarkedField) f.getParent()).message().contains("expression \"sin(\" does not parse"));
        assertTrue(editor.problem().isEmpty());
        assertFalse(field(robot, "meshSize").getStyleClass().contains(ErrorTarget.ERROR_STYLE), "only the field at fault");

        type(robot, "field-pde-coefficients-f", "sin(pi*x)");
        assertFalse(f.getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        assertEquals("", node(robot, "#previewStatus", Label.class).getText());
        assertEquals(ExpressionCoefficient.of("sin(pi*x)"), editor.problem().orElseThrow().pde().coefficient("f"));
    }

    @Test
    void a_bad_boundary_value_marks_its_cell_and_names_the_boundary(FxRobot robot) throws Exception {
        loadAndWait(robot, LSHAPE);
        type(robot, "field-boundary-notch-value", "2*");
        TextField cell = field(robot, "field-boundary-notch-value");
        assertTrue(cell.getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        assertFalse(field(robot, "field-boundary-outer-value").getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        String message = node(robot, "#boundaryError", Label.class).getText();
        assertTrue(message.startsWith("notch: expression \"2*\" does not parse"), message);

        type(robot, "field-boundary-notch-value", "2*y");
        assertFalse(cell.getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        assertFalse(node(robot, "#boundaryError", Label.class).isVisible());
    }

    @Test
    void a_new_shape_brings_its_boundaries_and_a_bad_shape_marks_its_parameters(FxRobot robot) throws Exception {
        loadAndWait(robot, LSHAPE);
        robot.interact(() -> node(robot, "#geometryPreset", ComboBox.class).getSelectionModel().select(GeometryPreset.ANNULUS));
        Problem annulus = editor.problem().orElseThrow();
        assertEquals(new GeometrySpec.Annulus(0, 0, 0.3, 1), annulus.geometry());
        @SuppressWarnings("unchecked")
        TableView<BoundaryRow> table = node(robot, "#boundaryTable", TableView.class);
        assertEquals(List.of("outer", "inner"), table.getItems().stream().map(BoundaryRow::name).toList());
        assertEquals(annulus.boundaryNames(), List.copyOf(annulus.boundary().keySet()));

        // the rule "inner below outer" is the mesh module's; the reader blames the whole geometry
        type(robot, "field-geometry-inner_radius", "2");
        assertEquals("$.geometry", editor.errorProperty().get().jsonPath());
        for (String parameter : List.of("cx", "cy", "inner_radius", "outer_radius")) {
            assertTrue(field(robot, "field-geometry-" + parameter).getStyleClass().contains(ErrorTarget.ERROR_STYLE), parameter);
        }
        assertFalse(node(robot, "#geometryPreset", ComboBox.class).getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        // said once, under the last parameter
        assertEquals("", ((MarkedField) field(robot, "field-geometry-inner_radius").getParent()).message());
        String said = ((MarkedField) field(robot, "field-geometry-outer_radius").getParent()).message();
        assertTrue(said.startsWith("annulus needs 0 < innerRadius < outerRadius, got inner 2"), said);
    }

    @Test
    void a_time_dependent_family_shows_time_and_initial_condition(FxRobot robot) throws Exception {
        loadAndWait(robot, LSHAPE);
        assertFalse(robot.lookup("#field-time-dt").tryQuery().map(ProblemEditorTest::shown).orElse(false));
        robot.interact(() -> node(robot, "#pdeFamily", ComboBox.class).getSelectionModel().select(PdeFamily.HEAT));
        assertTrue(shown(field(robot, "field-time-dt")));
        Problem heat = editor.problem().orElseThrow(() -> new AssertionError(editor.errorProperty().get()));
        assertEquals(0.01, heat.time().orElseThrow().dt());

        type(robot, "field-time-dt", "5");
        assertEquals("$.time.dt", editor.errorProperty().get().jsonPath());
        assertTrue(field(robot, "field-time-dt").getStyleClass().contains(ErrorTarget.ERROR_STYLE));
    }

    @Test
    void saving_writes_what_the_form_shows(FxRobot robot, @TempDir Path dir) throws Exception {
        loadAndWait(robot, LSHAPE);
        type(robot, "meshSize", "0.08");
        type(robot, "field-pde-coefficients-f", "exp(-x^2)");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<BoundaryRow> table = node(robot, "#boundaryTable", TableView.class);
            BoundaryRow notch = table.getItems().get(1);
            notch.typeProperty().set("robin");
            notch.alphaProperty().set("10");
            notch.valueProperty().set("x*y");
        });
        Problem shown = editor.problem().orElseThrow(() -> new AssertionError(editor.errorProperty().get()));
        Path target = dir.resolve("edited.json");
        robot.interact(() -> {
            try {
                editor.save(target);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        Problem read = ProblemReader.read(target);
        assertEquals(shown, read);
        assertEquals(new MeshSpec.Triangles(0.08), read.mesh());
        assertEquals(new BoundaryCondition.Robin(new org.operatorlab.solvers.problem.Constant(10),
                ExpressionCoefficient.of("x*y")), read.boundaryCondition("notch"));
        assertEquals(target.toAbsolutePath(), editor.fileProperty().get());
    }

    @Test
    void a_gmsh_problem_saved_elsewhere_still_finds_its_mesh(FxRobot robot, @TempDir Path dir) throws Exception {
        Path gmsh = PROBLEMS.resolve("poisson_gmsh.json");
        loadAndWait(robot, gmsh);
        assertEquals(GeometryPreset.GMSH, node(robot, "#geometryPreset", ComboBox.class).getValue());
        assertEquals("../meshes/plate_with_hole_v41.msh", field(robot, "field-geometry-file").getText());
        Path target = dir.resolve("sub").resolve("copy.json");
        Files.createDirectories(target.getParent());
        robot.interact(() -> {
            try {
                editor.save(target);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(ProblemReader.read(gmsh), ProblemReader.read(target));
        // the path is now relative to the new folder
        assertEquals(target.getParent().relativize(PROBLEMS.resolve("../meshes/plate_with_hole_v41.msh").toAbsolutePath().normalize())
                .toString(), field(robot, "field-geometry-file").getText());
    }

    @Test
    void an_invalid_form_is_not_saved(FxRobot robot, @TempDir Path dir) throws Exception {
        loadAndWait(robot, LSHAPE);
        type(robot, "meshSize", "0");
        Path target = dir.resolve("never.json");
        robot.interact(() -> {
            try {
                editor.save(target);
                throw new AssertionError("saved an invalid problem");
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage().contains("$.mesh.size"), expected.getMessage());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertFalse(Files.exists(target));
    }

    @Test
    void a_polygon_takes_its_boundary_names_from_the_loops(FxRobot robot) throws Exception {
        robot.interact(() -> node(robot, "#geometryPreset", ComboBox.class).getSelectionModel().select(GeometryPreset.POLYGON));
        Problem polygon = editor.problem().orElseThrow(() -> new AssertionError(editor.errorProperty().get()));
        assertEquals(List.of("bottom", "right", "top", "left", "hole"), polygon.boundaryNames());
        robot.interact(() -> node(robot, "#addHole", Button.class).fire());
        Problem twoHoles = editor.problem().orElseThrow(() -> new AssertionError(editor.errorProperty().get()));
        assertEquals(3, ((GeometrySpec.Polygon) twoHoles.geometry()).loops().size());
        @SuppressWarnings("unchecked")
        TableView<BoundaryRow> table = node(robot, "#boundaryTable", TableView.class);
        assertEquals(twoHoles.boundaryNames(), table.getItems().stream().map(BoundaryRow::name).toList());

        // renaming a hole keeps its condition
        robot.interact(() -> {
            table.getItems().get(4).typeProperty().set("neumann");
            table.getItems().get(4).valueProperty().set("2");
            node(robot, "#field-geometry-loops-1-names", TextField.class).setText("window");
        });
        assertEquals(new BoundaryCondition.Neumann(new org.operatorlab.solvers.problem.Constant(2)),
                editor.problem().orElseThrow().boundaryCondition("window"));

        robot.interact(() -> node(robot, "#field-geometry-loops-1-points", javafx.scene.control.TextArea.class)
                .setText("0.4 0.4; 0.6 0.4"));
        assertTrue(node(robot, "#field-geometry-loops-1-points", javafx.scene.control.TextArea.class)
                .getStyleClass().contains(ErrorTarget.ERROR_STYLE), String.valueOf(editor.errorProperty().get()));
    }
    @Test
    void a_typed_gmsh_file_is_the_mesh_and_names_the_boundaries(FxRobot robot) throws Exception {
        Path msh = PROBLEMS.resolve("../meshes/plate_with_hole_v22.msh").toAbsolutePath().normalize();
        robot.interact(() -> node(robot, "#geometryPreset", ComboBox.class).getSelectionModel().select(GeometryPreset.GMSH));
        assertEquals(GmshFileField.PATH, editor.errorProperty().get().jsonPath(), "no file yet");
        assertFalse(shown(field(robot, "meshSize")), "a Gmsh file is its own mesh");
        type(robot, "field-geometry-file", msh.toString());
        Problem problem = editor.problem().orElseThrow(() -> new AssertionError(editor.errorProperty().get()));
        assertEquals(new MeshSpec.FromFile(), problem.mesh());
        org.operatorlab.mesh.tri.TriangleMesh read = org.operatorlab.mesh.io.GmshReader.read(msh);
        @SuppressWarnings("unchecked")
        TableView<BoundaryRow> table = node(robot, "#boundaryTable", TableView.class);
        assertEquals(read.boundaryNames(), table.getItems().stream().map(BoundaryRow::name).toList());
        waitFor(() -> editor.previewMeshProperty().get() != null
                && editor.previewMeshProperty().get().nodeCount() == read.nodeCount());
    }

    @Test
    void a_file_with_an_error_is_reported_and_the_form_kept(FxRobot robot, @TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(LSHAPE).replace("\"size\": 0.05", "\"size\": \"fine\""));
        Problem before = editor.problem().orElseThrow();
        robot.interact(() -> editor.load(broken));
        waitFor(() -> node(robot, "#validationMessage", Label.class).getText().startsWith("Cannot open"));
        String banner = node(robot, "#validationMessage", Label.class).getText();
        assertTrue(banner.contains("broken.json:6:41: $.mesh.size: expected a number, found the string \"fine\""), banner);
        assertEquals(before, editor.problem().orElseThrow());
        assertNull(editor.fileProperty().get());
    }
    @Test
    void a_coefficient_can_be_a_random_field_with_its_settings_checked(FxRobot robot) throws Exception {
        loadAndWait(robot, LSHAPE);
        robot.interact(() -> node(robot, "#field-pde-coefficients-f-kind", ComboBox.class).getSelectionModel()
                .select(CoefficientEditor.Kind.GRF));
        Problem random = editor.problem().orElseThrow(() -> new AssertionError(editor.errorProperty().get()));
        // sigma left blank: the reader's default tau^(alpha - d/2) = 3^(2 - 1)
        assertEquals(new org.operatorlab.solvers.problem.RandomCoefficient(new org.operatorlab.solvers.problem.RandomFieldSpec.Grf(2, 3, 3, 0)),
                random.pde().coefficient("f"));
        assertTrue(random.hasRandomInputs());

        type(robot, "field-pde-coefficients-f-random-alpha", "-1");
        assertEquals("$.pde.coefficients.f.random.alpha", editor.errorProperty().get().jsonPath());
        TextField alpha = field(robot, "field-pde-coefficients-f-random-alpha");
        assertTrue(alpha.getStyleClass().contains(ErrorTarget.ERROR_STYLE));
        assertTrue(((MarkedField) alpha.getParent()).message().contains("expected a positive number, found -1"));
    }
    @Test
    void a_grid_is_previewed_as_its_triangulated_nodes(FxRobot robot) throws Exception {
        loadAndWait(robot, PROBLEMS.resolve("navier_stokes_2d.json"));
        // the editor may still show the previous problem's mesh: wait for the grid's preview (its figures say "grid")
        waitFor(() -> node(robot, "#meshQuality", Label.class).getText().contains("grid"));
        // 64 x 64 periodic nodes (spacing 1/64), two triangles per cell between them
        assertEquals(64 * 64, editor.previewMeshProperty().get().nodeCount());
        assertEquals(2 * 63 * 63, editor.previewMeshProperty().get().elementCount());
        String figures = node(robot, "#meshQuality", Label.class).getText();
        assertTrue(figures.contains("min angle 45.0°") && figures.contains("grid 64 x 64, spacing 0.01563, periodic"), figures);
    }
}
