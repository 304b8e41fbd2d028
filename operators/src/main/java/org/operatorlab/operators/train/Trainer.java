package org.operatorlab.operators.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.operators.nn.Adam;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * The one training loop of every engine: seeded shuffles into mini-batches, Adam or AdamW with a
 * learning-rate schedule, a progress event per epoch, cancellation between mini-batches, divergence
 * detection, and early stopping that leaves the model holding its best parameters.
 *
 * <p>{@link #fit(OperatorModel, OperatorData, TrainingListener, CancellationToken)} adds what supervised
 * operator learning needs: a seeded validation split, normalisers fitted on the training rows only and
 * stored in the model, and the configured {@link LossKind}. Engines with other losses (PINNs) pass an
 * {@link Objective} to {@link #fit(Objective, TrainingListener, CancellationToken)}.
 */
public final class Trainer {
    private final TrainingConfig config;

    public Trainer(TrainingConfig config) {
        this.config = config;
    }

    public TrainingConfig config() { return config; }

    /** Splits, normalises, trains {@code model} in place and reports. */
    public TrainingSummary fit(OperatorModel model, OperatorData data, TrainingListener listener, CancellationToken cancel) {
        int[][] split = split(data.size(), config.validationFraction(), config.seed());
        int[] train = split[0], validation = split[1];
        model.setNormalization(new Normalization(
                UnitGaussianNormalizer.fit(data.inputs(), data.inChannels(), data.points(), train),
                UnitGaussianNormalizer.fit(data.outputs(), data.outChannels(), data.points(), train)));
        return fit(new SupervisedObjective(model, data, train, validation, config.loss()), listener, cancel);
    }

    /**
     * Rows {train, validation}: a seeded permutation of 0..n-1, the last round(n * fraction) rows held
     * out (at least one when the fraction is positive and n >= 2).
     */
    public static int[][] split(int n, double fraction, long seed) {
        int[] order = permutation(n, new SplittableRandom(seed ^ 0x5EEDL));
        int held = fraction <= 0 || n < 2 ? 0 : Math.max(1, Math.min(n - 1, (int) Math.round(n * fraction)));
        return new int[][] {Arrays.copyOfRange(order, 0, n - held), Arrays.copyOfRange(order, n - held, n)};
    }

    /** Trains the objective's parameters in place. */
    public TrainingSummary fit(Objective objective, TrainingListener listener, CancellationToken cancel) {
        List<Parameter> parameters = objective.parameters();
        Adam optimizer = new Adam(parameters, config.learningRate(), 0.9, 0.999, 1e-8, config.weightDecay());
        SplittableRandom shuffle = new SplittableRandom(config.seed());
        int n = objective.trainingSize();
        int epochs = config.epochs();
        long start = System.nanoTime();
        long items = 0;
        double bestWatched = Double.POSITIVE_INFINITY;
        double bestValidation = Double.NaN;
        int bestEpoch = 0;
        int sinceBest = 0;
        List<double[]> best = null;
        double trainLoss = Double.NaN;
        double lastValidation = Double.NaN;
        int epoch = 0;
        boolean stoppedEarly = false;
        while (epoch < epochs) {
            optimizer.setLearningRate(config.schedule().rate(config.learningRate(), epoch, epochs));
            int[] order = permutation(n, shuffle);
            double lossSum = 0;
            for (int from = 0; from < n; from += config.batchSize()) {
                cancel.throwIfCancelled();
                int[] batch = Arrays.copyOfRange(order, from, Math.min(n, from + config.batchSize()));
                Tape tape = Tape.recording();
                optimizer.zeroGrad();
                Tensor loss = objective.loss(tape, batch);
                double value = loss.item();
                if (!Double.isFinite(value)) {
                    throw new TrainingDivergedException(epoch + 1, value);
                }
                tape.backward(loss);
                optimizer.step();
                lossSum += value * batch.length;
                items += batch.length;
            }
            epoch++;
            trainLoss = lossSum / n;
            cancel.throwIfCancelled();
            double validation = objective.validationError();
            if (Double.isInfinite(validation)) {
                throw new TrainingDivergedException(epoch, validation);
            }
            lastValidation = validation;
            double watched = Double.isNaN(validation) ? trainLoss : validation;
            if (watched < bestWatched) {
                bestWatched = watched;
                bestValidation = validation;
                bestEpoch = epoch;
                sinceBest = 0;
                if (config.patience() > 0) {
                    best = snapshot(parameters);
                }
            } else {
                sinceBest++;
            }
            double elapsed = (System.nanoTime() - start) * 1e-9;
            listener.epoch(epoch, epochs, trainLoss, validation, elapsed / epoch * (epochs - epoch));
            if (config.patience() > 0 && sinceBest >= config.patience()) {
                stoppedEarly = epoch < epochs;
                break;
            }
        }
        if (best != null) {
            restore(parameters, best);
        } else {
            // without early stopping the model keeps its last parameters
            bestEpoch = epoch;
            bestValidation = lastValidation;
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        long count = 0;
        for (Parameter p : parameters) {
            count += p.value().size();
        }
        return new TrainingSummary(epochs, epoch, bestEpoch, trainLoss, bestValidation, stoppedEarly, seconds,
                items / seconds, count);
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static List<double[]> snapshot(List<Parameter> parameters) {
        List<double[]> copy = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            copy.add(p.value().toDoubleArray());
        }
        return copy;
    }

    private static void restore(List<Parameter> parameters, List<double[]> values) {
        for (int i = 0; i < parameters.size(); i++) {
            Tensor v = parameters.get(i).value();
            double[] src = values.get(i);
            for (int j = 0; j < src.length; j++) {
                v.set(j, src[j]);
            }
        }
    }
}
