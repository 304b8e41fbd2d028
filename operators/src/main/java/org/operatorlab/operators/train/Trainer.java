package org.operatorlab.operators.train;

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

    /**
     * Trains the objective's parameters in place.
     *
     * <p>A non-finite loss, an infinite validation error or a {@link TrainingDivergedException} from the
     * listener (an engine's guard against a finite loss that has blown up) stops the run: the model gets
     * back the parameters of the last good epoch and the exception carries that epoch. An epoch is good
     * once a finite loss has been computed with the parameters it ended with (the first mini-batch of the
     * next epoch, or the check of the final parameters), and the next epoch, which starts from them, is
     * not rejected by the listener: the step that ends an epoch is what usually sends the next loss to
     * NaN or far up, so those parameters are not trusted before that.
     */
    public TrainingSummary fit(Objective objective, TrainingListener listener, CancellationToken cancel) {
        List<Parameter> parameters = objective.parameters();
        Adam optimizer = new Adam(parameters, config.learningRate(), 0.9, 0.999, 1e-8, config.weightDecay());
        SplittableRandom shuffle = new SplittableRandom(config.seed());
        int n = objective.trainingSize();
        int epochs = config.epochs();
        Run run = new Run(parameters, epochs);
        double bestWatched = Double.POSITIVE_INFINITY;
        double bestValidation = Double.NaN;
        int bestEpoch = 0;
        int sinceBest = 0;
        ParameterSnapshot best = null;
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
                run.checkLoss(epoch + 1, value);
                tape.backward(loss);
                optimizer.step();
                lossSum += value * batch.length;
                run.items += batch.length;
            }
            epoch++;
            trainLoss = lossSum / n;
            cancel.throwIfCancelled();
            double validation = objective.validationError();
            if (Double.isInfinite(validation)) {
                throw run.diverged(new TrainingDivergedException(epoch, validation));
            }
            lastValidation = validation;
            double watched = Double.isNaN(validation) ? trainLoss : validation;
            if (watched < bestWatched) {
                bestWatched = watched;
                bestValidation = validation;
                bestEpoch = epoch;
                sinceBest = 0;
                if (config.patience() > 0) {
                    best = best == null ? ParameterSnapshot.sizedFor(parameters) : best;
                    best.capture(parameters, epoch, trainLoss, validation);
                }
            } else {
                sinceBest++;
            }
            double elapsed = (System.nanoTime() - run.start) * 1e-9;
            try {
                listener.epoch(epoch, epochs, trainLoss, validation, elapsed / epoch * (epochs - epoch));
            } catch (TrainingDivergedException e) {
                run.distrustGood();
                throw run.diverged(e);
            }
            run.ended(epoch, trainLoss, validation);
            if (config.patience() > 0 && sinceBest >= config.patience()) {
                stoppedEarly = epoch < epochs;
                break;
            }
        }
        if (best != null) {
            best.restoreInto(parameters);
        } else {
            // without early stopping the model keeps its last parameters
            bestEpoch = epoch;
            bestValidation = lastValidation;
        }
        // the parameters handed back must give a finite loss, or the run diverged in its very last step
        int[] first = new int[Math.min(n, config.batchSize())];
        Arrays.setAll(first, i -> i);
        run.checkLoss(epoch, objective.loss(Tape.noGrad(), first).item());
        return run.summary(epoch, bestEpoch, trainLoss, bestValidation, stoppedEarly);
    }

    /**
     * One run's bookkeeping: items seen, the clock, and the two snapshots behind "last good epoch": the
     * newest epoch's parameters wait in {@code pending} until a finite loss vouches for them, then become
     * {@code good}.
     */
    private static final class Run {
        final List<Parameter> parameters;
        final int epochs;
        final long start = System.nanoTime();
        long items;
        ParameterSnapshot pending;
        ParameterSnapshot good;
        boolean vouched;
        boolean haveGood;

        Run(List<Parameter> parameters, int epochs) {
            this.parameters = parameters;
            this.epochs = epochs;
            pending = ParameterSnapshot.sizedFor(parameters);
            good = ParameterSnapshot.sizedFor(parameters);
            pending.capture(parameters, 0, Double.NaN, Double.NaN);
        }

        /** A loss computed with the current parameters: a finite one vouches for the pending epoch. */
        void checkLoss(int epoch, double value) {
            if (!Double.isFinite(value)) {
                throw diverged(new TrainingDivergedException(epoch, value));
            }
            if (!vouched) {
                ParameterSnapshot t = good;
                good = pending;
                pending = t;
                haveGood = true;
                vouched = true;
            }
        }

        /**
         * The listener rejected the epoch that started from the good parameters (its losses blew up): they
         * led there, so the epoch before them is the last good one. The starting point stays good.
         */
        void distrustGood() {
            if (vouched && good.epoch() >= 1) {
                // the previous good state is still in the buffer the promotion swapped out
                ParameterSnapshot t = good;
                good = pending;
                pending = t;
            }
        }

        /** Epoch {@code epoch} ended without divergence: its parameters wait for a finite loss. */
        void ended(int epoch, double trainLoss, double validation) {
            pending.capture(parameters, epoch, trainLoss, validation);
            vouched = false;
        }

        /** Sets the model back to the last good epoch and says so in the exception to throw. */
        TrainingDivergedException diverged(TrainingDivergedException e) {
            if (!haveGood) {
                return e;
            }
            good.restoreInto(parameters);
            int epoch = good.epoch();
            return e.withLastGood(epoch == 0 ? null
                    : summary(epoch, epoch, good.trainLoss(), good.validationError(), false));
        }

        TrainingSummary summary(int epochsRun, int bestEpoch, double trainLoss, double bestValidation, boolean stoppedEarly) {
            double seconds = (System.nanoTime() - start) * 1e-9;
            long count = 0;
            for (Parameter p : parameters) {
                count += p.value().size();
            }
            return new TrainingSummary(epochs, epochsRun, bestEpoch, trainLoss, bestValidation, stoppedEarly, seconds,
                    items / seconds, count);
        }
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
}
