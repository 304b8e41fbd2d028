package org.operatorlab.operators.engine;

import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.train.TrainingListener;

/** The PINN engine (work in progress: the façade refuses it until it is wired to the shared trainer). */
final class PinnEngine {
    static final String ENGINE = "pinn";

    private PinnEngine() { }

    static TrainedModel train(EngineSettings s, TrainingSource.ProblemFile problem, TrainingListener listener, CancellationToken cancel) {
        throw new IllegalArgumentException("the pinn engine is not wired to training yet");
    }

    static EngineModel fromFile(ModelFile file) {
        throw new IllegalArgumentException("model file " + file.source() + ": pinn models are not readable yet");
    }
}
