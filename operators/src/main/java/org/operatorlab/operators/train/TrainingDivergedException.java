package org.operatorlab.operators.train;

/** The loss became NaN or infinite; the message says at which epoch and what to try. */
public final class TrainingDivergedException extends RuntimeException {
    private final int epoch;

    public TrainingDivergedException(int epoch, double loss) {
        super("training diverged at epoch " + epoch + ": loss is " + (Double.isNaN(loss) ? "NaN" : loss > 0 ? "+Inf" : "-Inf")
                + " (try a smaller learning rate)");
        this.epoch = epoch;
    }

    /** A run stopped at {@code epoch} for a reason its caller words (a finite loss that has blown up). */
    public TrainingDivergedException(int epoch, String message) {
        super(message);
        this.epoch = epoch;
    }

    public int epoch() { return epoch; }
}
