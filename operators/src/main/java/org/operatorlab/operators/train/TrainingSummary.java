package org.operatorlab.operators.train;

/**
 * What a finished training run reports (and a model file keeps).
 *
 * @param epochsRun epochs actually run (fewer than planned after early stopping)
 * @param bestEpoch the epoch whose parameters the model holds at the end (1-based)
 * @param finalTrainLoss mean training loss of the last epoch run
 * @param bestValidationError validation error at {@code bestEpoch}, NaN without validation
 * @param samplesPerSecond training items processed per second (forward + backward + update)
 */
public record TrainingSummary(int epochsPlanned, int epochsRun, int bestEpoch, double finalTrainLoss,
                              double bestValidationError, boolean stoppedEarly, double seconds,
                              double samplesPerSecond, long parameterCount) {
}
