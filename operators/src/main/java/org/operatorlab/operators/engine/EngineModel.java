package org.operatorlab.operators.engine;

import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.solvers.problem.ProblemDomain;

/**
 * A trained network of any engine as the façade uses it: answers at the nodes of a problem's grid or
 * mesh, and turns itself into a {@link ModelFile}.
 */
public interface EngineModel {
    EngineKind kind();

    /** One line for summaries: engine, parameter count and what sets it apart. */
    String describe();

    long parameterCount();

    /** Whether a prediction takes a sampled input function (all engines but the PINN, which solves one problem). */
    default boolean takesInput() {
        return true;
    }

    /**
     * Refuses, in one line, a domain it cannot answer on (another dimension, another node set for a POD
     * trunk, a mesh for an engine without mesh support).
     */
    void checkDomain(ProblemDomain domain);

    /**
     * The solution at the domain's nodes for each input (given at the same nodes; ignored, and may be
     * null, for the PINN).
     */
    double[][] predict(ProblemDomain domain, double[][] inputs);

    /** A model file of the model as it is now; {@code summary} may be null. */
    ModelFile toModelFile(String problemJson, TrainingSummary summary);
}
