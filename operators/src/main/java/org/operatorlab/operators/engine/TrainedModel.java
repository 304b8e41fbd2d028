package org.operatorlab.operators.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.operatorlab.operators.train.TrainingSummary;

/**
 * What {@link EngineTraining} returns: the trained model, the problem it was trained for and how the
 * run went.
 */
public final class TrainedModel {
    private final EngineModel model;
    private final String problemJson;
    private final TrainingSummary summary;

    TrainedModel(EngineModel model, String problemJson, TrainingSummary summary) {
        this.model = model;
        this.problemJson = problemJson;
        this.summary = summary;
    }

    public EngineKind kind() { return model.kind(); }
    public EngineModel model() { return model; }
    public String problemJson() { return problemJson; }
    public TrainingSummary summary() { return summary; }

    /** Writes the versioned model file atomically (a failed write leaves nothing new behind). */
    public void save(Path file) throws IOException {
        model.toModelFile(problemJson, summary).write(file);
    }

    /** A predictor of this model, without a round trip through a file. */
    public ModelPredictor predictor() {
        return new ModelPredictor(model, model.toModelFile(problemJson, summary));
    }

    /** E.g. "fno: 1234 parameters (567 spectral), 30 of 30 epochs, best validation relative L2 0.05 at epoch 30, 2.1 s". */
    public String summaryLine() {
        TrainingSummary s = summary;
        String validation = Double.isNaN(s.bestValidationError()) ? "final loss " + format(s.finalTrainLoss())
                : "best validation relative L2 " + format(s.bestValidationError()) + " at epoch " + s.bestEpoch();
        // a PINN's items are optimiser steps on its one problem, not samples
        return String.format(Locale.ROOT, "%s, %d of %d %s, %s, %.1f s, %.1f %s/s", model.describe(), s.epochsRun(),
                s.epochsPlanned(), model.takesInput() ? "epochs" : "steps", validation, s.seconds(), s.samplesPerSecond(),
                model.takesInput() ? "samples" : "steps");
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
