package org.operatorlab.operators.engine;

import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.operators.train.TrainingListener;

/**
 * Trains any engine: the one entry point the CLI's {@code train} and the GUI's Train panel call. Every
 * run reports per-epoch events to the listener, stops on a diverging loss (NaN, infinite, or a
 * thousand times that of predicting the mean) with an {@link EngineDivergedException} holding the model
 * set back to its last good epoch, and stops on cancellation with a {@code CancelledException}; nothing
 * is written until {@link TrainedModel#save}.
 */
public final class EngineTraining {
    private EngineTraining() { }

    public static TrainedModel train(EngineSettings settings, TrainingSource source, TrainingListener listener,
                                     CancellationToken cancel) {
        EngineKind kind = settings.kind();
        TrainingListener guarded = new DivergenceGuard(listener, DivergenceGuard.LIMIT);
        if (source instanceof TrainingSource.Data d) {
            return switch (kind) {
                case FNO, TFNO -> FnoEngine.train(settings, d.set(), guarded, cancel);
                case DEEPONET -> DeepOnetEngine.train(settings, d.set(), guarded, cancel);
                case PINN -> throw new IllegalArgumentException("the pinn engine learns from a problem file (--problem),"
                        + " not a data set");
            };
        }
        if (kind != EngineKind.PINN) {
            throw new IllegalArgumentException("the " + kind.key() + " engine learns from a data set (--data from"
                    + " 'operatorlab generate'); only pinn trains on a problem file");
        }
        return PinnEngine.train(settings, (TrainingSource.ProblemFile) source, listener, cancel);
    }
}
