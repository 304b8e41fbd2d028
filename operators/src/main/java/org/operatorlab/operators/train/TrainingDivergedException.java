package org.operatorlab.operators.train;

import java.util.Optional;

/**
 * The loss became NaN or infinite (or blew up, as the caller words it); the message says at which epoch,
 * what to try and, when the {@link Trainer} kept one, the last good epoch, whose parameters the model
 * then holds again so the work done before the divergence is not lost.
 */
public class TrainingDivergedException extends RuntimeException {
    private final int epoch;
    private final String reason;
    private final TrainingSummary lastGood;

    public TrainingDivergedException(int epoch, double loss) {
        this(epoch, "training diverged at epoch " + epoch + ": loss is " + (Double.isNaN(loss) ? "NaN" : loss > 0 ? "+Inf" : "-Inf")
                + " (try a smaller learning rate)");
    }

    /** A run stopped at {@code epoch} for a reason its caller words (a finite loss that has blown up). */
    public TrainingDivergedException(int epoch, String reason) {
        this(epoch, reason, null);
    }

    /** {@code lastGood}: how the run stood at its last good epoch, whose parameters the model holds; null for none. */
    protected TrainingDivergedException(int epoch, String reason, TrainingSummary lastGood) {
        super(reason + (lastGood == null ? "" : "; last good epoch " + lastGood.bestEpoch()));
        this.epoch = epoch;
        this.reason = reason;
        this.lastGood = lastGood;
    }

    /** The same divergence, with the state the model was set back to (null: no epoch before it was good). */
    public TrainingDivergedException withLastGood(TrainingSummary lastGood) {
        return new TrainingDivergedException(epoch, reason, lastGood);
    }

    /** The epoch at which the loss diverged (1-based). */
    public int epoch() { return epoch; }

    /** What went wrong and what to try, without the last good epoch (callers that keep a model word that part). */
    public String reason() { return reason; }

    /** The epoch whose parameters the model holds again, 0 when no epoch before the divergence was good. */
    public int lastGoodEpoch() { return lastGood == null ? 0 : lastGood.bestEpoch(); }

    /** The run as it stood at the last good epoch ({@code bestEpoch} is that epoch), empty when there is none. */
    public Optional<TrainingSummary> lastGood() { return Optional.ofNullable(lastGood); }
}
