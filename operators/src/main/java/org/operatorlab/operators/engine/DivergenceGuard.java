package org.operatorlab.operators.engine;

import java.util.Locale;
import org.operatorlab.operators.train.TrainingDivergedException;
import org.operatorlab.operators.train.TrainingListener;

/**
 * Stops a run whose loss stays finite but has blown up: the trainer only catches NaN and infinity, and
 * a relative L2 loss a thousand times that of predicting the mean field is no model worth writing.
 */
final class DivergenceGuard implements TrainingListener {
    static final double LIMIT = 1e3;

    private final TrainingListener next;
    private final double limit;

    DivergenceGuard(TrainingListener next, double limit) {
        this.next = next;
        this.limit = limit;
    }

    @Override
    public void epoch(int epoch, int epochs, double trainLoss, double validationError, double secondsLeft) {
        next.epoch(epoch, epochs, trainLoss, validationError, secondsLeft);
        if (!(trainLoss < limit)) {
            throw new TrainingDivergedException(epoch, String.format(Locale.ROOT, "training diverged at epoch %d: loss"
                    + " %.3g is over %.0f times that of predicting the mean (try a smaller learning rate)", epoch,
                    trainLoss, limit));
        }
    }
}
