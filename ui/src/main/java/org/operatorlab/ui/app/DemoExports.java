package org.operatorlab.ui.app;

import java.util.ArrayList;
import java.util.List;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.field.TimeSeries;
import org.operatorlab.mesh.field.TimeStep;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.ui.demo.Demo;
import org.operatorlab.ui.demo.DemoResult;
import org.operatorlab.ui.demo.DemoResultView;
import org.operatorlab.ui.workflow.ShownResult;

/** A finished demo's result as the Export panel writes it: its fields on its mesh, and the view it is shown in. */
final class DemoExports {
    static final String PANEL = "Demo";

    private DemoExports() { }

    /** The fields of {@code result}; null for a 1D result on points that are not equally spaced (no grid to write). */
    static ShownResult of(Demo demo, DemoResult result, DemoResultView view) {
        if (result instanceof DemoResult.Field f) {
            return new ShownResult(PANEL, demo.title(), FieldSet.on(f.mesh()).withNodal(f.name(), f.values()), null,
                    view.fieldView());
        }
        if (result instanceof DemoResult.Series s) {
            List<TimeStep> steps = new ArrayList<>();
            for (int k = 0; k < s.frames().size(); k++) {
                steps.add(new TimeStep(s.times()[k], FieldSet.on(s.mesh()).withNodal(s.name(), s.frames().get(k))));
            }
            return new ShownResult(PANEL, demo.title(), steps.get(steps.size() - 1).fields(), new TimeSeries(steps),
                    view.fieldView());
        }
        if (result instanceof DemoResult.MeshComparison c) {
            return new ShownResult(PANEL, demo.title(), FieldSet.on(c.mesh()).withNodal("reference", c.reference())
                    .withNodal("prediction", c.prediction())
                    .withNodal("error", absoluteDifference(c.prediction(), c.reference())), null, view.comparisonView());
        }
        if (result instanceof DemoResult.CurveComparison c) {
            UniformGrid line = equallySpaced(c.x());
            return line == null ? null : new ShownResult(PANEL, demo.title(), FieldSet.on(line)
                    .withNodal("reference", c.reference()).withNodal("prediction", c.prediction())
                    .withNodal("error", absoluteDifference(c.prediction(), c.reference())), null, view.comparisonView());
        }
        DemoResult.Recycling r = (DemoResult.Recycling) result;
        return new ShownResult(PANEL, demo.title(), FieldSet.on(r.mesh()).withNodal("u", r.solution()), null,
                view.fieldView());
    }

    private static double[] absoluteDifference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(a[i] - b[i]);
        }
        return d;
    }

    /** The 1D grid through {@code x} when its points are equally spaced (to 1e-9 of the spacing), else null. */
    private static UniformGrid equallySpaced(double[] x) {
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double h = (x[n - 1] - x[0]) / (n - 1);
        for (int i = 0; i < n; i++) {
            if (Math.abs(x[0] + i * h - x[i]) > 1e-9 * Math.abs(h)) {
                return null;
            }
        }
        return UniformGrid.line(n, x[0], x[n - 1], false);
    }
}
