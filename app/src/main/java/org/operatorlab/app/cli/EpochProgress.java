package org.operatorlab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.operatorlab.operators.train.TrainingListener;

/** One stderr line per finished epoch: epoch/epochs, training loss, validation error and ETA. */
final class EpochProgress implements TrainingListener {
    private final PrintWriter err;

    EpochProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void epoch(int epoch, int epochs, double trainLoss, double validationError, double secondsLeft) {
        err.println(String.format(Locale.ROOT, "train: epoch %d/%d  loss %.4g  validation %s  ETA %s", epoch, epochs,
                trainLoss, Double.isNaN(validationError) ? "-" : String.format(Locale.ROOT, "%.4g", validationError),
                StderrProgress.formatSeconds(secondsLeft)));
        err.flush();
    }
}
