package org.operatorlab.ui.demo;

import java.util.Locale;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.deeponet.DeepOnet;
import org.operatorlab.operators.deeponet.DeepOnetTrainer;
import org.operatorlab.operators.deeponet.AntiderivativeOperator;
import org.operatorlab.operators.deeponet.OperatorData;
import org.operatorlab.operators.deeponet.PodBasis;
import org.operatorlab.operators.engine.RelativeL2;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.Tape;

/**
 * The {@code train_deeponet} step: an unstacked DeepONet trained live on the antiderivative operator,
 * then shown on an input function it never saw beside that function's exact antiderivative.
 */
final class DeepOnetStep {
    /** The learning rate decays geometrically to this share of its start over the run. */
    private static final double FINAL_RATE_FRACTION = 0.1;

    private DeepOnetStep() { }

    static DemoResult run(DemoStep.TrainDeepOnet step, ProgressListener progress, CancellationToken cancel) {
        AntiderivativeOperator operator = new AntiderivativeOperator(step.sensors(), step.lengthScale());
        OperatorData train = operator.samples(step.trainFunctions(), step.seed());
        OperatorData test = operator.samples(step.testFunctions(), step.seed() + 1);
        int[] branch = widths(step.sensors(), step);
        int[] trunk = widths(1, step);
        DeepOnet net = step.podModes() > 0
                ? DeepOnet.pod(hidden(step), step.sensors(), PodBasis.fit(train.outputs(), step.podModes()), Activation.TANH,
                        step.seed())
                : DeepOnet.unstacked(branch, trunk, Activation.TANH, step.seed());
        long start = System.nanoTime();
        new DeepOnetTrainer(step.steps(), step.batch(), step.learningRate(), FINAL_RATE_FRACTION, step.seed())
                .fit(net, train, progress, cancel);
        double seconds = (System.nanoTime() - start) * 1e-9;
        double[] predicted = net.forward(Tape.noGrad(), test.inputs(), test.coordinates()).toDoubleArray();
        double[] exact = test.outputs().toDoubleArray();
        int points = step.sensors();
        double[] perFunction = new double[step.testFunctions()];
        for (int r = 0; r < perFunction.length; r++) {
            perFunction[r] = RelativeL2.of(predicted, exact, r * points, points);
        }
        java.util.Arrays.sort(perFunction);
        double pooledError = RelativeL2.of(predicted, exact);
        double[] shownExact = java.util.Arrays.copyOfRange(exact, 0, points);
        double[] shownPredicted = java.util.Arrays.copyOfRange(predicted, 0, points);
        double shownError = RelativeL2.of(shownPredicted, shownExact);
        String trunkText = step.podModes() > 0 ? step.podModes() + " POD modes" : java.util.Arrays.toString(trunk);
        String summary = String.format(Locale.ROOT, "DeepONet (branch %s, trunk %s) trained on %d functions in %.1f s;"
                        + " on %d unseen functions the relative L2 error is %.1f%% (all together; median per function"
                        + " %.1f%%), %.1f%% on the one shown",
                java.util.Arrays.toString(branch), trunkText, step.trainFunctions(), seconds,
                step.testFunctions(), 100 * pooledError, 100 * perFunction[perFunction.length / 2], 100 * shownError);
        return new DemoResult.CurveComparison(summary, "x", operator.points(), shownExact, shownPredicted, pooledError);
    }

    private static int[] hidden(DemoStep.TrainDeepOnet step) {
        return step.hidden().stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code first}, then the hidden widths. */
    private static int[] widths(int first, DemoStep.TrainDeepOnet step) {
        int[] w = new int[step.hidden().size() + 1];
        w[0] = first;
        for (int i = 0; i < step.hidden().size(); i++) {
            w[i + 1] = step.hidden().get(i);
        }
        return w;
    }
}
