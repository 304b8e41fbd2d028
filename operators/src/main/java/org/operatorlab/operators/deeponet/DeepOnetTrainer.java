package org.operatorlab.operators.deeponet;

import java.util.SplittableRandom;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.nn.Adam;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * Mini-batch Adam on the mean squared error over all (input, point) pairs, with a learning rate
 * that decays geometrically to {@code finalRateFraction} of the start.
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

    /** Trains in place; returns the last mini-batch loss. */
    public double fit(DeepOnet model, OperatorData data, ProgressListener progress, CancellationToken cancel) {
        Adam adam = Adam.adam(model.parameters(), learningRate);
        SplittableRandom rng = new SplittableRandom(seed);
        int n = data.samples();
        int size = Math.min(batch, n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int cursor = n;
        double loss = Double.NaN;
        for (int step = 0; step < steps; step++) {
            cancel.throwIfCancelled();
            if (cursor + size > n) {
                shuffle(order, rng);
                cursor = 0;
            }
            int[] index = java.util.Arrays.copyOfRange(order, cursor, cursor + size);
            cursor += size;
            OperatorData b = data.rows(index);
            adam.setLearningRate(learningRate * Math.pow(finalRateFraction, (double) step / steps));
            adam.zeroGrad();
            Tape tape = Tape.recording();
            Tensor l = tape.mse(model.forward(tape, b.inputs(), b.coordinates()), b.outputs());
            loss = l.item();
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("DeepONet loss became " + loss + " at step " + step + " (try a smaller learning rate)");
            }
            tape.backward(l);
            adam.step();
            if (step % 100 == 0) {
                progress.progress(step, steps, "DeepONet loss " + String.format("%.3e", loss));
            }
        }
        progress.progress(steps, steps, "DeepONet loss " + String.format("%.3e", loss));
        return loss;
    }

    /** Mean squared error over all samples and points, without gradients. */
    public static double meanSquaredError(DeepOnet model, OperatorData data) {
        Tape tape = Tape.noGrad();
        return tape.mse(model.forward(tape, data.inputs(), data.coordinates()), data.outputs()).item();
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
