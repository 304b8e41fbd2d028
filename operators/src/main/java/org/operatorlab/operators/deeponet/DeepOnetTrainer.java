package org.operatorlab.operators.deeponet;

import java.util.Locale;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.train.LearningRateSchedule;
import org.operatorlab.operators.train.LossKind;
import org.operatorlab.operators.train.Trainer;
import org.operatorlab.operators.train.TrainingConfig;
import org.operatorlab.operators.train.TrainingSummary;

/**
 * The DeepONet paper's recipe on the shared {@link Trainer}: mini-batch Adam on the mean squared error
 * over all (input, point) pairs, the learning rate decaying geometrically to {@code finalRateFraction}
 * of the start, for about {@code steps} mini-batch steps (whole epochs).
 */
public final class DeepOnetTrainer {
    private final int steps;
    private final int batch;
    private final double learningRate;
    private final double finalRateFraction;
    private final long seed;

    public DeepOnetTrainer(int steps, int batch, double learningRate, double finalRateFraction, long seed) {
        if (steps < 1 || batch < 1 || !(learningRate > 0) || !(finalRateFraction > 0 && finalRateFraction <= 1)) {
            throw new IllegalArgumentException("DeepONet training needs steps >= 1, batch >= 1, lr > 0, 0 < final fraction <= 1,"
                    + " got steps=" + steps + " batch=" + batch + " lr=" + learningRate + " fraction=" + finalRateFraction);
        }
        this.steps = steps;
        this.batch = batch;
        this.learningRate = learningRate;
        this.finalRateFraction = finalRateFraction;
        this.seed = seed;
    }

    /** Trains in place on all of {@code data} (no validation split); returns the last epoch's mean loss. */
    public double fit(DeepOnet model, OperatorData data, ProgressListener progress, CancellationToken cancel) {
        int size = Math.min(batch, data.samples());
        int batchesPerEpoch = (data.samples() + size - 1) / size;
        int epochs = Math.max(1, (steps + batchesPerEpoch - 1) / batchesPerEpoch);
        TrainingConfig config = new TrainingConfig(epochs, size, learningRate, 0,
                LearningRateSchedule.exponential(finalRateFraction), 0, 0, seed, LossKind.MSE);
        TrainingSummary summary = new Trainer(config).fit(new DeepOnetObjective(model, data, null, false),
                (epoch, total, loss, validation, left) -> progress.progress(epoch, total,
                        String.format(Locale.ROOT, "DeepONet loss %.3e", loss)), cancel);
        return summary.finalTrainLoss();
    }

    /** Mean squared error over all samples and points, without gradients. */
    public static double meanSquaredError(DeepOnet model, OperatorData data) {
        Tape tape = Tape.noGrad();
        return tape.mse(model.forward(tape, data.inputs(), data.coordinates()), data.outputs()).item();
    }
}
