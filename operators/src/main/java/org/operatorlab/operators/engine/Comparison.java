package org.operatorlab.operators.engine;

import org.operatorlab.mesh.field.FieldSet;

/**
 * A prediction next to the classical solution of the same input.
 *
 * @param reference the classical solution at the nodes
 * @param error prediction minus reference at the nodes
 * @param relativeL2 ||error|| / ||reference||
 * @param inferenceSeconds median time of one inference after a warm-up
 * @param classicalSeconds median time of one classical solve after a warm-up (a slow solve is timed once)
 */
public record Comparison(Prediction prediction, double[] reference, double[] error, double relativeL2,
                         double inferenceSeconds, double classicalSeconds) {
    /** How many times faster inference is than the classical solve. */
    public double speedUp() {
        return classicalSeconds / inferenceSeconds;
    }

    /** "input" (when there is one), "prediction", "reference" and "error" at the nodes. */
    public FieldSet fields() {
        return prediction.fields().withNodal("reference", reference).withNodal("error", error);
    }
}
