package org.operatorlab.ui.editor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.operatorlab.solvers.problem.GeometrySpec;

/** A shape given by a few numbers: rectangle, L-shape, disk, annulus, interval. */
final class NumberParameters implements ShapeParameters {
    /** One number: its key in the file, its label, its value for a new shape. */
    record Parameter(String key, String label, String initial) { }

    private final FormGrid grid = new FormGrid();
    private final Map<String, MarkedField> fields = new LinkedHashMap<>();
    private final Function<GeometrySpec, double[]> values;

    /** {@code values} gives the spec's numbers in the order of {@code parameters}. */
    NumberParameters(List<Parameter> parameters, Function<GeometrySpec, double[]> values, Runnable edited) {
        this.values = values;
        for (Parameter p : parameters) {
            TextField field = new TextField(p.initial());
            FormGrid.watch(field.textProperty(), edited);
            MarkedField marked = MarkedField.at(path(p.key()), field);
            fields.put(p.key(), marked);
            grid.row(p.label(), marked);
        }
    }

    static NumberParameters rectangle(Runnable edited) {
        return box("0", "0", "1", "1", edited, s -> {
            GeometrySpec.Rectangle r = (GeometrySpec.Rectangle) s;
            return new double[] {r.xmin(), r.ymin(), r.xmax(), r.ymax()};
        });
    }

    static NumberParameters lShape(Runnable edited) {
        return box("-1", "-1", "1", "1", edited, s -> {
            GeometrySpec.LShape l = (GeometrySpec.LShape) s;
            return new double[] {l.xmin(), l.ymin(), l.xmax(), l.ymax()};
        });
    }

    static NumberParameters disk(Runnable edited) {
        return new NumberParameters(List.of(new Parameter("cx", "centre x", "0"), new Parameter("cy", "centre y", "0"),
                new Parameter("radius", "radius", "1")), s -> {
                    GeometrySpec.Disk d = (GeometrySpec.Disk) s;
                    return new double[] {d.cx(), d.cy(), d.radius()};
                }, edited);
    }

    static NumberParameters annulus(Runnable edited) {
        return new NumberParameters(List.of(new Parameter("cx", "centre x", "0"), new Parameter("cy", "centre y", "0"),
                new Parameter("inner_radius", "inner radius", "0.3"), new Parameter("outer_radius", "outer radius", "1")), s -> {
                    GeometrySpec.Annulus a = (GeometrySpec.Annulus) s;
                    return new double[] {a.cx(), a.cy(), a.innerRadius(), a.outerRadius()};
                }, edited);
    }

    static NumberParameters interval(Runnable edited) {
        return new NumberParameters(List.of(new Parameter("xmin", "x min", "0"), new Parameter("xmax", "x max", "1")), s -> {
            GeometrySpec.Interval i = (GeometrySpec.Interval) s;
            return new double[] {i.xmin(), i.xmax()};
        }, edited);
    }

    private static NumberParameters box(String xmin, String ymin, String xmax, String ymax, Runnable edited,
                                        Function<GeometrySpec, double[]> values) {
        return new NumberParameters(List.of(new Parameter("xmin", "x min", xmin), new Parameter("ymin", "y min", ymin),
                new Parameter("xmax", "x max", xmax), new Parameter("ymax", "y max", ymax)), values, edited);
    }

    private static String path(String key) {
        return JsonPath.child("$.geometry", key);
    }

    @Override
    public Node view() {
        return grid;
    }

    @Override
    public void write(FormJson json) {
        fields.forEach((key, field) -> json.typed(key, ((TextField) field.control()).getText()));
    }

    @Override
    public void fill(GeometrySpec spec, Path baseDirectory) {
        double[] v = values.apply(spec);
        int i = 0;
        for (MarkedField field : fields.values()) {
            ((TextField) field.control()).setText(NumberText.format(v[i++]));
        }
    }

    @Override
    public void targets(Map<String, ErrorTarget> into) {
        fields.forEach((key, field) -> into.put(path(key), field));
    }
}
