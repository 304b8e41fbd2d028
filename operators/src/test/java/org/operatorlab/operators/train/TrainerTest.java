package org.operatorlab.operators.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

class TrainerTest {
    /** Least squares y = 3x + 1 on 64 points, mini-batched; validation = distance to the true slope. */
    private static final class LineFit implements Objective {
        final Parameter w = new Parameter("w", Tensor.zeros(DType.FLOAT64, 1));
        final Parameter b = new Parameter("b", Tensor.zeros(DType.FLOAT64, 1));
        final double[] x = new double[64];

        LineFit() {
            for (int i = 0; i < x.length; i++) {
                x[i] = -1 + 2.0 * i / (x.length - 1);
            }
        }

        @Override
        public List<Parameter> parameters() { return List.of(w, b); }

        @Override
        public int trainingSize() { return x.length; }

        @Override
        public Tensor loss(Tape tape, int[] batch) {
            double[] xs = new double[batch.length], ys = new double[batch.length];
            for (int i = 0; i < batch.length; i++) {
                xs[i] = x[batch[i]];
                ys[i] = 3 * xs[i] + 1;
            }
            Tensor prediction = tape.add(tape.mul(Tensor.of(xs, batch.length), w.value()), b.value());
            return tape.mse(prediction, Tensor.of(ys, batch.length));
        }

        @Override
        public double validationError() { return Math.abs(w.value().item() - 3); }
    }

    private static final TrainingConfig BASE = TrainingConfig.defaults().withEpochs(150).withBatchSize(16)
            .withLearningRate(0.1).withSchedule(LearningRateSchedule.constant()).withSeed(7);

    @Test
    void fitsALineWithMiniBatchesAndReportsEveryEpoch() {
        LineFit fit = new LineFit();
        List<double[]> events = new ArrayList<>();
        TrainingSummary s = new Trainer(BASE).fit(fit, (e, n, loss, val, left) -> events.add(new double[] {e, n, loss, val, left}),
                CancellationToken.none());
        assertEquals(3, fit.w.value().item(), 1e-3);
        assertEquals(1, fit.b.value().item(), 1e-3);
        assertEquals(150, events.size());
        assertEquals(1, events.get(0)[0]);
        assertEquals(150, events.get(149)[1]);
        assertEquals(0, events.get(149)[4], 1e-9, "no time left after the last epoch");
        assertTrue(events.get(149)[2] < 1e-5 * events.get(0)[2], "loss fell by five orders");
        assertEquals(150, s.epochsRun());
        assertEquals(150 * 64, s.samplesPerSecond() * s.seconds(), 1e-6 * 150 * 64);
        assertEquals(2, s.parameterCount());
    }

    @Test
    void sameSeedGivesIdenticalParametersAndAnotherSeedDoesNot() {
        TrainingConfig short5 = BASE.withEpochs(5);
        LineFit a = new LineFit(), b = new LineFit(), c = new LineFit();
        new Trainer(short5).fit(a, TrainingListener.NONE, CancellationToken.none());
        new Trainer(short5).fit(b, TrainingListener.NONE, CancellationToken.none());
        new Trainer(short5.withSeed(8)).fit(c, TrainingListener.NONE, CancellationToken.none());
        assertEquals(a.w.value().item(), b.w.value().item(), 0.0);
        assertTrue(a.w.value().item() != c.w.value().item());
    }

    /** Training pulls w from 5 towards 0; validation is best at w = 3 and worsens afterwards. */
    private static final class Overfit implements Objective {
        final Parameter w = new Parameter("w", Tensor.full(DType.FLOAT64, 5, 1));

        @Override
        public List<Parameter> parameters() { return List.of(w); }

        @Override
        public int trainingSize() { return 1; }

        @Override
        public Tensor loss(Tape tape, int[] batch) { return tape.sum(tape.square(w.value())); }

        @Override
        public double validationError() { return Math.abs(w.value().item() - 3); }
    }

    @Test
    void earlyStoppingRestoresTheBestEpochsParameters() {
        Overfit o = new Overfit();
        List<Double> validations = new ArrayList<>();
        TrainingSummary s = new Trainer(BASE.withEpochs(200).withPatience(5).withLearningRate(0.2))
                .fit(o, (e, n, loss, val, left) -> validations.add(val), CancellationToken.none());
        assertTrue(s.stoppedEarly());
        assertEquals(s.bestEpoch() + 5, s.epochsRun());
        double best = validations.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertEquals(best, validations.get(s.bestEpoch() - 1), 0.0);
        assertEquals(best, s.bestValidationError(), 0.0);
        assertEquals(best, o.validationError(), 0.0, "model holds the best epoch's parameters");
        assertTrue(best < 0.2);
    }

    @Test
    void cancellationStopsBetweenBatches() {
        CancellationToken token = new CancellationToken();
        int[] seen = {0};
        assertThrows(CancelledException.class, () -> new Trainer(BASE).fit(new LineFit(), (e, n, loss, val, left) -> {
            seen[0] = e;
            if (e == 2) {
                token.cancel();
            }
        }, token));
        assertEquals(2, seen[0]);
    }

    /** loss = sqrt(w): a large step sends w below zero and the loss to NaN. */
    private static final class Unstable implements Objective {
        final Parameter w = new Parameter("w", Tensor.full(DType.FLOAT64, 1, 1));

        @Override
        public List<Parameter> parameters() { return List.of(w); }

        @Override
        public int trainingSize() { return 1; }

        @Override
        public Tensor loss(Tape tape, int[] batch) { return tape.sum(tape.sqrt(w.value())); }
    }

    /**
     * One step takes w from 1 to -9 (Adam's first step is the learning rate), so the parameters epoch 1
     * ended with give NaN: no epoch was good, and the model is set back to its initial w = 1.
     */
    @Test
    void divergenceNamesTheEpochAndTheRemedy() {
        Unstable unstable = new Unstable();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> new Trainer(BASE.withLearningRate(10)).fit(unstable, TrainingListener.NONE, CancellationToken.none()));
        assertEquals("training diverged at epoch 2: loss is NaN (try a smaller learning rate)", e.getMessage());
        assertEquals(2, e.epoch());
        assertEquals(0, e.lastGoodEpoch());
        assertTrue(e.lastGood().isEmpty());
        assertEquals(1, unstable.w.value().item(), 0.0);
    }

    /** The step of the very last epoch sends the loss to NaN: the final check catches it, nothing finished is NaN. */
    @Test
    void divergenceInTheLastStepIsCaughtByTheFinalCheck() {
        Unstable unstable = new Unstable();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> new Trainer(BASE.withEpochs(1).withLearningRate(10)).fit(unstable, TrainingListener.NONE,
                        CancellationToken.none()));
        assertEquals("training diverged at epoch 1: loss is NaN (try a smaller learning rate)", e.getMessage());
        assertEquals(0, e.lastGoodEpoch());
        assertEquals(1, unstable.w.value().item(), 0.0);
    }

    /** The line fit whose loss is NaN from the {@code nanFrom}-th mini-batch on (0-based; four per epoch). */
    private static final class NanFrom implements Objective {
        final LineFit fit = new LineFit();
        final int nanFrom;
        int calls;

        NanFrom(int nanFrom) {
            this.nanFrom = nanFrom;
        }

        @Override
        public List<Parameter> parameters() { return fit.parameters(); }

        @Override
        public int trainingSize() { return fit.trainingSize(); }

        @Override
        public Tensor loss(Tape tape, int[] batch) {
            Tensor loss = fit.loss(tape, batch);
            return calls++ < nanFrom ? loss : Tensor.of(new double[] {Double.NaN}, 1);
        }
    }

    /** What the listener saw at the end of each epoch (w, b, training loss), and how the run diverged. */
    private record Diverged(List<double[]> epochs, TrainingDivergedException error) { }

    /** Trains until divergence; the listener throws like an engine's guard at epoch {@code throwAt} (0: never). */
    private static Diverged trainToDivergence(NanFrom objective, TrainingConfig config, int throwAt) {
        List<double[]> epochs = new ArrayList<>();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> new Trainer(config).fit(objective,
                (epoch, total, loss, validation, left) -> {
                    epochs.add(new double[] {objective.fit.w.value().item(), objective.fit.b.value().item(), loss});
                    if (epoch == throwAt) {
                        throw new TrainingDivergedException(epoch, "training diverged at epoch " + epoch + ": blown up");
                    }
                }, CancellationToken.none()));
        return new Diverged(epochs, e);
    }

    /** The model holds exactly the parameters the listener saw at the end of {@code epoch}. */
    private static void assertHoldsEpoch(Diverged d, NanFrom objective, int epoch) {
        assertEquals(epoch, d.error().lastGoodEpoch());
        double[] seen = d.epochs().get(epoch - 1);
        assertEquals(seen[0], objective.fit.w.value().item(), 0.0, "w of epoch " + epoch);
        assertEquals(seen[1], objective.fit.b.value().item(), 0.0, "b of epoch " + epoch);
        TrainingSummary s = d.error().lastGood().orElseThrow();
        assertEquals(epoch, s.bestEpoch());
        assertEquals(epoch, s.epochsRun());
        assertEquals(seen[2], s.finalTrainLoss(), 0.0, "the summary is epoch " + epoch + "'s");
    }

    /** NaN on the second mini-batch of epoch 3: epoch 2's parameters gave a finite loss, so they are kept. */
    @Test
    void divergenceLaterInAnEpochKeepsThePreviousEpoch() {
        NanFrom objective = new NanFrom(2 * 4 + 1);
        Diverged d = trainToDivergence(objective, BASE.withEpochs(10), 0);
        assertEquals(2, d.epochs().size());
        assertEquals(3, d.error().epoch());
        assertHoldsEpoch(d, objective, 2);
        assertTrue(d.epochs().get(1)[0] != d.epochs().get(0)[0], "training moved w between epochs");
        assertEquals("training diverged at epoch 3: loss is NaN (try a smaller learning rate); last good epoch 2",
                d.error().getMessage());
        assertEquals("training diverged at epoch 3: loss is NaN (try a smaller learning rate)", d.error().reason());
    }

    /**
     * NaN on the first mini-batch of epoch 3, computed with the parameters epoch 2 ended with: those are
     * what diverged, so the model goes back to epoch 1.
     */
    @Test
    void divergenceOnTheFirstBatchDistrustsTheEpochBefore() {
        NanFrom objective = new NanFrom(2 * 4);
        Diverged d = trainToDivergence(objective, BASE.withEpochs(10), 0);
        assertEquals(3, d.error().epoch());
        assertHoldsEpoch(d, objective, 1);
        assertTrue(d.error().getMessage().endsWith("; last good epoch 1"), d.error().getMessage());
    }

    /**
     * A listener's divergence (an engine's guard on a finite loss that blew up) sets the model back too:
     * epoch 4's losses started from epoch 3's parameters, so those are not trusted and epoch 2 is kept.
     */
    @Test
    void divergenceFromTheListenerKeepsTheEpochBeforeTheOneItStartedFrom() {
        NanFrom objective = new NanFrom(Integer.MAX_VALUE);
        Diverged d = trainToDivergence(objective, BASE.withEpochs(10).withPatience(2), 4);
        assertEquals(4, d.error().epoch());
        assertHoldsEpoch(d, objective, 2);
        assertEquals("training diverged at epoch 4: blown up; last good epoch 2", d.error().getMessage());
    }

    /** Rejected at epoch 1: the model goes back to where it started, and no epoch counts as good. */
    @Test
    void divergenceFromTheListenerAtTheFirstEpochRestoresTheStart() {
        NanFrom objective = new NanFrom(Integer.MAX_VALUE);
        Diverged d = trainToDivergence(objective, BASE.withEpochs(10), 1);
        assertEquals(0, d.error().lastGoodEpoch());
        assertEquals(0, objective.fit.w.value().item(), 0.0);
        assertEquals(0, objective.fit.b.value().item(), 0.0);
        assertEquals("training diverged at epoch 1: blown up", d.error().getMessage());
    }

    /** Single-precision parameters (as the FNO's) come back bit for bit: loss sum(w^2), NaN from epoch 3 on. */
    @Test
    void singlePrecisionParametersAreRestoredExactly() {
        Parameter w = new Parameter("w", Tensor.of(new float[] {0.3f, -1.7f, 2.9f}, 3));
        int[] calls = {0};
        Objective objective = new Objective() {
            @Override public List<Parameter> parameters() { return List.of(w); }
            @Override public int trainingSize() { return 1; }
            @Override public Tensor loss(Tape tape, int[] batch) {
                Tensor loss = tape.sum(tape.square(w.value()));
                return calls[0]++ < 2 ? loss : Tensor.of(new float[] {Float.NaN}, 1);
            }
        };
        List<double[]> seen = new ArrayList<>();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> new Trainer(BASE.withEpochs(10))
                .fit(objective, (epoch, epochs, loss, v, left) -> seen.add(w.value().toDoubleArray()), CancellationToken.none()));
        assertEquals(1, e.lastGoodEpoch());
        assertEquals(DType.FLOAT32, w.value().dtype());
        assertArrayEquals(seen.get(0), w.value().toDoubleArray(), 0.0);
        assertTrue(seen.get(0)[0] != 0.3f, "epoch 1 moved w");
    }

    @Test
    void schedules() {
        assertEquals(0.1, LearningRateSchedule.constant().rate(0.1, 50, 100), 0.0);
        LearningRateSchedule step = LearningRateSchedule.step(10, 0.5);
        assertEquals(1.0, step.rate(1, 9, 100), 0.0);
        assertEquals(0.5, step.rate(1, 10, 100), 0.0);
        assertEquals(0.25, step.rate(1, 25, 100), 0.0);
        LearningRateSchedule cosine = LearningRateSchedule.cosine(0.1);
        assertEquals(1.0, cosine.rate(1, 0, 11), 1e-15);
        assertEquals(0.55, cosine.rate(1, 5, 11), 1e-12);
        assertEquals(0.1, cosine.rate(1, 10, 11), 1e-12);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.step(0, 0.5));
        assertTrue(bad.getMessage().contains("stepSize"));
    }

    @Test
    void splitIsSeededDisjointAndComplete() {
        int[][] a = Trainer.split(50, 0.2, 3), b = Trainer.split(50, 0.2, 3), c = Trainer.split(50, 0.2, 4);
        assertArrayEquals(a[1], b[1]);
        assertTrue(!Arrays.equals(a[1], c[1]));
        assertEquals(40, a[0].length);
        assertEquals(10, a[1].length);
        Set<Integer> all = new HashSet<>();
        for (int[] part : a) {
            for (int i : part) {
                all.add(i);
            }
        }
        assertEquals(50, all.size());
        assertEquals(0, Trainer.split(50, 0, 3)[1].length);
    }

    @Test
    void normalizerFitsPerChannelAndRoundTripsOnTheTape() {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 30, channels = 2, points = 50;
        double[] v = new double[n * channels * points];
        for (int s = 0; s < n; s++) {
            for (int p = 0; p < points; p++) {
                v[(s * channels) * points + p] = 4 + 2 * rng.nextGaussian();
                v[(s * channels + 1) * points + p] = -1 + 0.5 * rng.nextGaussian();
            }
        }
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        UnitGaussianNormalizer norm = UnitGaussianNormalizer.fit(v, channels, points, rows);
        Tape tape = Tape.noGrad();
        Tensor x = Tensor.of(v.clone(), n, channels, points);
        Tensor z = norm.encode(tape, x);
        for (int c = 0; c < channels; c++) {
            double s = 0, ss = 0;
            for (int r = 0; r < n; r++) {
                for (int p = 0; p < points; p++) {
                    double q = z.at(r, c, p);
                    s += q;
                    ss += q * q;
                }
            }
            assertEquals(0, s / (n * points), 1e-12);
            assertEquals(1, ss / (n * points), 1e-5);
        }
        assertEquals(4, norm.mean()[0], 0.1);
        assertEquals(0.5, norm.std()[1], 0.05);
        Tensor back = norm.decode(tape, z);
        for (int i = 0; i < v.length; i++) {
            assertEquals(v[i], back.get(i), 1e-12);
        }
    }

    @Test
    void relativeH1SeesDerivativeErrorsThatL2Misses() {
        // e = eps sin(2 pi k x): L2 error ~ eps, H1 error ~ eps 2 pi k
        int n = 256, k = 8;
        double[] y = new double[n], p = new double[n];
        for (int i = 0; i < n; i++) {
            double x = (double) i / n;
            y[i] = 1 + x;
            p[i] = y[i] + 1e-3 * Math.sin(2 * Math.PI * k * x);
        }
        Tape tape = Tape.noGrad();
        double l2 = GridLosses.loss(tape, LossKind.RELATIVE_L2, Tensor.of(p, 1, 1, n), Tensor.of(y, 1, 1, n)).item();
        double h1 = GridLosses.loss(tape, LossKind.RELATIVE_H1, Tensor.of(p, 1, 1, n), Tensor.of(y, 1, 1, n)).item();
        // closed forms: |e| = 1e-3/sqrt2, |y| = sqrt(7/3); derivative norms 2 pi k 1e-3/sqrt2 and 1
        double eL2 = 1e-3 / Math.sqrt(2), yL2 = Math.sqrt(7.0 / 3);
        double eH1 = Math.hypot(eL2, 2 * Math.PI * k * eL2), yH1 = Math.hypot(yL2, 1);
        assertEquals(eL2 / yL2, l2, 0.02 * l2);
        assertEquals(eH1 / yH1, h1, 0.03 * h1);
    }
}
