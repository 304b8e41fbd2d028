package org.operatorlab.mesh.field;

import java.util.ArrayList;
import java.util.List;

/**
 * Field sets at strictly increasing times, all on the same mesh or grid. Immutable: {@link #append}
 * returns a new series.
 */
public final class TimeSeries {
    private final List<TimeStep> steps;

    public TimeSeries(List<TimeStep> steps) {
        for (int k = 1; k < steps.size(); k++) {
            TimeStep previous = steps.get(k - 1);
            TimeStep step = steps.get(k);
            if (!(step.time() > previous.time())) {
                throw new IllegalArgumentException("time step " + k + " at t = " + step.time()
                        + " does not come after step " + (k - 1) + " at t = " + previous.time());
            }
            // The same domain object is the common case; equals() compares meshes element by element.
            if (step.fields().domain() != steps.get(0).fields().domain()
                    && !step.fields().domain().equals(steps.get(0).fields().domain())) {
                throw new IllegalArgumentException("time step " + k + " at t = " + step.time()
                        + " lives on a different mesh or grid than step 0");
            }
        }
        this.steps = List.copyOf(steps);
    }

    public static TimeSeries empty() { return new TimeSeries(List.of()); }

    public TimeSeries append(double time, FieldSet fields) {
        List<TimeStep> more = new ArrayList<>(steps);
        more.add(new TimeStep(time, fields));
        return new TimeSeries(more);
    }

    public List<TimeStep> steps() { return steps; }
    public int size() { return steps.size(); }
    public TimeStep step(int k) { return steps.get(k); }
}
