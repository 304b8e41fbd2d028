package org.operatorlab.app.cli;

import java.util.Locale;
import org.operatorlab.operators.train.TrainingListener;

/**
 * Stops a run whose loss stays finite but has blown up: the trainer only catches NaN and infinity, and
 * a relative L2 loss a thousand times that of predicting the mean field is no model worth writing.
 */
final class DivergenceGuard implements TrainingListener {
    static final double LIMIT = 1e3;

    private final TrainingListener next;

    DivergenceGuard(TrainingListener next) {
        this.next = next;
    }

    @Override
    public void epoch(int epoch, int epochs, double trainLoss, double validationError, double secondsLeft) {
        next.epoch(epoch, epochs, trainLoss, validationError, secondsLeft);
        if (!(trainLoss < LIMIT)) {
            throw new UserException(String.format(Locale.ROOT, "training diverged at epoch %d: loss %.3g is over %.0f"
                    + " times that of predicting the mean (try a smaller --lr); no model was written", epoch, trainLoss, LIMIT));
        }
    }
}
