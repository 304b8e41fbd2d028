package org.operatorlab.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.operatorlab.solvers.problem.GeometrySpec;

/**
 * A polygon with holes: the outline and each hole as a loop of points ({@code x y; x y; ...}) with one
 * boundary name for the loop or one per edge ({@code bottom, right, top, left}).
 */
final class PolygonLoopsEditor implements ShapeParameters {
    private final Runnable edited;
    private final List<LoopFields> loops = new ArrayList<>();
    private final VBox loopBoxes = new VBox(10);
    private final VBox view;

    /** One loop's fields. */
    private final class LoopFields {
        final TextArea points = new TextArea();
        final TextField names = new TextField();
        MarkedField markedPoints;
        MarkedField markedNames;
        final VBox box = new VBox(4);

        LoopFields(String pointsText, String namesText) {
            points.setText(pointsText);
            points.setWrapText(true);
            points.setPrefRowCount(2);
            points.setPromptText("x y; x y; x y; ...");
            names.setText(namesText);
            names.setPromptText("one name, or one per edge separated by commas");
            FormGrid.watch(points.textProperty(), edited);
            FormGrid.watch(names.textProperty(), edited);
        }

        /** Lays the loop out as loop {@code index} (0 is the outline) and gives its fields their ids. */
        void layOut(int index) {
            points.setId(JsonPath.id(pointsPath(index)));
            names.setId(JsonPath.id(namesPath(index)));
            markedPoints = new MarkedField(points);
            markedNames = new MarkedField(names);
            Label title = new Label(index == 0 ? "Outline" : "Hole " + index);
            title.getStyleClass().add("form-subtitle");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox header = new HBox(6, title, gap);
            if (index > 0) {
                Button remove = new Button("Remove");
                remove.setOnAction(e -> {
                    loops.remove(this);
                    rebuild();
                });
                header.getChildren().add(remove);
            }
            FormGrid grid = new FormGrid();
            grid.row("points", markedPoints);
            grid.row("boundary names", markedNames);
            box.getChildren().setAll(header, grid);
        }
    }

    PolygonLoopsEditor(Runnable edited) {
        this.edited = edited;
        loops.add(new LoopFields("0 0; 1 0; 1 1; 0 1", "bottom, right, top, left"));
        loops.add(new LoopFields("0.4 0.4; 0.6 0.4; 0.6 0.6; 0.4 0.6", "hole"));
        Button addHole = new Button("Add hole");
        addHole.setId("addHole");
        addHole.setOnAction(e -> {
            loops.add(new LoopFields(squareHole(), "hole" + loops.size()));
            rebuild();
        });
        view = new VBox(8, loopBoxes, addHole);
        rebuild();
    }

    private void rebuild() {
        for (int i = 0; i < loops.size(); i++) {
            loops.get(i).layOut(i);
        }
        loopBoxes.getChildren().setAll(loops.stream().map(l -> l.box).toList());
        edited.run();
    }

    /**
     * A small square for a new hole: a fifth of the outline's box, at the first of a few spots in the box that
     * keeps clear of the other holes' boxes (the unit square stands in for an outline that does not read).
     */
    private String squareHole() {
        double[] outline = box(loops.get(0).points.getText());
        if (outline == null) {
            outline = new double[] {0, 0, 1, 1};
        }
        double w = outline[2] - outline[0], h = outline[3] - outline[1];
        double half = 0.1 * Math.min(w, h);
        double[][] spots = {{0.5, 0.5}, {0.25, 0.25}, {0.75, 0.25}, {0.75, 0.75}, {0.25, 0.75}, {0.5, 0.25},
            {0.75, 0.5}, {0.5, 0.75}, {0.25, 0.5}};
        double cx = outline[0] + w / 2, cy = outline[1] + h / 2;
        for (double[] spot : spots) {
            double x = outline[0] + spot[0] * w, y = outline[1] + spot[1] * h;
            boolean clear = true;
            for (int i = 1; i < loops.size() && clear; i++) {
                double[] hole = box(loops.get(i).points.getText());
                double gap = 1.25 * half; // the square plus a margin
                clear = hole == null || x + gap < hole[0] || x - gap > hole[2]
                        || y + gap < hole[1] || y - gap > hole[3];
            }
            if (clear) {
                cx = x;
                cy = y;
                break;
            }
        }
        return formatPoints(List.of(new GeometrySpec.Point(cx - half, cy - half), new GeometrySpec.Point(cx + half, cy - half),
                new GeometrySpec.Point(cx + half, cy + half), new GeometrySpec.Point(cx - half, cy + half)));
    }

    /** The bounding box {xmin, ymin, xmax, ymax} of the typed points that read as numbers, or null. */
    private static double[] box(String pointsText) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<String> point : points(pointsText)) {
            OptionalDouble x = point.size() == 2 ? NumberText.parse(point.get(0)) : OptionalDouble.empty();
            OptionalDouble y = point.size() == 2 ? NumberText.parse(point.get(1)) : OptionalDouble.empty();
            if (x.isPresent() && y.isPresent()) {
                box[0] = Math.min(box[0], x.getAsDouble());
                box[1] = Math.min(box[1], y.getAsDouble());
                box[2] = Math.max(box[2], x.getAsDouble());
                box[3] = Math.max(box[3], y.getAsDouble());
            }
        }
        return box[2] > box[0] && box[3] > box[1] ? box : null;
    }

    /** The typed points: separated by ';' or line breaks, coordinates by spaces or commas. */
    static List<List<String>> points(String text) {
        List<List<String>> result = new ArrayList<>();
        for (String point : text.split("[;\\n]")) {
            if (!point.isBlank()) {
                result.add(Arrays.asList(point.strip().split("[\\s,]+")));
            }
        }
        return result;
    }

    static String formatPoints(List<GeometrySpec.Point> points) {
        return points.stream().map(p -> NumberText.format(p.x()) + " " + NumberText.format(p.y()))
                .collect(Collectors.joining("; "));
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    private static String loopPath(int index) {
        return JsonPath.element("$.geometry.loops", index);
    }

    private static String pointsPath(int index) {
        return loopPath(index) + ".points";
    }

    private static String namesPath(int index) {
        return loopPath(index) + ".names";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void write(FormJson json) {
        json.array("loops");
        for (LoopFields loop : loops) {
            json.object().array("points");
            for (List<String> point : points(loop.points.getText())) {
                json.array();
                point.forEach(json::typed);
                json.endArray();
            }
            json.endArray();
            List<String> names = names(loop.names.getText());
            if (names.size() == 1) {
                json.string("name", names.get(0));
            } else {
                json.array("names");
                names.forEach(json::string);
                json.endArray();
            }
            json.end();
        }
        json.endArray();
    }

    @Override
    public void fill(GeometrySpec spec, Path baseDirectory) {
        loops.clear();
        for (GeometrySpec.PolygonLoop loop : ((GeometrySpec.Polygon) spec).loops()) {
            loops.add(new LoopFields(formatPoints(loop.points()),
                    loop.singleName() ? loop.edgeNames().get(0) : String.join(", ", loop.edgeNames())));
        }
        rebuild();
    }

    @Override
    public void targets(Map<String, ErrorTarget> into) {
        for (int i = 0; i < loops.size(); i++) {
            into.put(pointsPath(i), loops.get(i).markedPoints);
            into.put(namesPath(i), loops.get(i).markedNames);
            into.put(loopPath(i) + ".name", loops.get(i).markedNames);
        }
    }
}
