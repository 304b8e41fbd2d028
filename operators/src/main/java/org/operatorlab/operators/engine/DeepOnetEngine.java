package org.operatorlab.operators.engine;

import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.train.TrainingListener;

/** The DeepONet engine (work in progress: the façade refuses it until it is wired to the shared trainer). */
final class DeepOnetEngine {
    static final String ENGINE = "deeponet";

    private DeepOnetEngine() { }

    static TrainedModel train(EngineSettings s, DataSetFile set, TrainingListener listener, CancellationToken cancel) {
        throw new IllegalArgumentException("the deeponet engine is not wired to training yet");
    }

    static EngineModel fromFile(ModelFile file) {
        throw new IllegalArgumentException("model file " + file.source() + ": deeponet models are not readable yet");
    }
}
