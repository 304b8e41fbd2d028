package org.operatorlab.operators.engine;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.operatorlab.operators.train.TrainingDivergedException;
import org.operatorlab.operators.train.TrainingSummary;

/**
 * A training run of {@link EngineTraining} diverged: the message and epochs of the trainer's
 * {@link TrainingDivergedException}, plus the model set back to the last good epoch, ready to save like
 * a finished one (empty when no epoch before the divergence was good).
 */
public final class EngineDivergedException extends TrainingDivergedException {
    private final transient TrainedModel lastGoodModel;

    private EngineDivergedException(TrainingDivergedException e, TrainedModel lastGoodModel) {
        super(e.epoch(), e.reason(), e.lastGood().orElse(null));
        initCause(e);
        this.lastGoodModel = lastGoodModel;
    }

    /**
     * Runs an engine's training and wraps its model with the summary; on divergence wraps the model the
     * trainer set back to its last good epoch with that epoch's summary instead, in the exception.
     */
    static TrainedModel keepingLastGood(Supplier<TrainingSummary> training, Function<TrainingSummary, TrainedModel> model) {
        TrainingSummary summary;
        try {
            summary = training.get();
        } catch (TrainingDivergedException e) {
            throw new EngineDivergedException(e, e.lastGood().map(model).orElse(null));
        }
        return model.apply(summary);
    }

    /** The model as it was at the last good epoch, empty when there is none. */
    public Optional<TrainedModel> lastGoodModel() { return Optional.ofNullable(lastGoodModel); }
}
