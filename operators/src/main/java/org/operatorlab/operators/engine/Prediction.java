package org.operatorlab.operators.engine;

import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.solvers.problem.ProblemDomain;

/**
 * One inference at the nodes of a problem's grid or mesh.
 *
 * @param input the sampled input function at the nodes, or null for the PINN (which takes none)
 * @param values the predicted solution at the nodes
 * @param seconds wall time of this (first, cold) inference
 */
public record Prediction(ProblemDomain domain, double[] input, double[] values, double seconds) {
    /** Nodal fields "input" (when there is one) and "prediction" for a VTK file or a view. */
    public FieldSet fields() {
        FieldSet f = ModelPredictor.emptyFields(domain);
        if (input != null) {
            f = f.withNodal("input", input);
        }
        return f.withNodal("prediction", values);
    }
}
