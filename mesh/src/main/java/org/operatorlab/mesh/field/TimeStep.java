package org.operatorlab.mesh.field;

import java.util.Objects;

/** The fields at one instant of a time series. */
public record TimeStep(double time, FieldSet fields) {
    public TimeStep {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("time step time must be finite, got " + time);
        }
        Objects.requireNonNull(fields, "fields");
    }
}
