package org.operatorlab.operators.train;

/**
 * Receives one event per finished epoch. The CLI prints it on stderr, the GUI plots it. Called on the
 * training thread; implementations must be cheap (a GUI hands the values to its own thread).
 */
@FunctionalInterface
public interface TrainingListener {
    /**
     * @param epoch epochs finished so far (1-based)
     * @param epochs epochs planned in all
     * @param trainLoss mean training loss of this epoch
     * @param validationError mean relative L2 error on the validation set, NaN when there is none
     * @param secondsLeft estimated seconds until the planned last epoch
     */
    void epoch(int epoch, int epochs, double trainLoss, double validationError, double secondsLeft);

    /** A listener that ignores everything. */
    TrainingListener NONE = (epoch, epochs, trainLoss, validationError, secondsLeft) -> { };
}
