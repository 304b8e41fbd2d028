package org.operatorlab.operators.pinn;

import java.util.List;
import java.util.Locale;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.LearningRateSchedule;
import org.operatorlab.operators.train.LossKind;
import org.operatorlab.operators.train.Objective;
import org.operatorlab.operators.train.Trainer;
import org.operatorlab.operators.train.TrainingConfig;
import org.operatorlab.operators.train.TrainingDivergedException;
import org.operatorlab.operators.train.TrainingListener;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.solvers.problem.Problem;

/**
 * Solves one problem with a PINN: full-batch Adam on the loss of {@link PinnSetup} (on the shared
 * {@link Trainer}, one epoch per step), then L-BFGS from where Adam stopped (Adam finds the basin,
 * L-BFGS the last digits). Both phases report through one {@link TrainingListener}: epochs 1..adam are
 * Adam steps, the rest L-BFGS iterations (every {@value #REPORT_EVERY}th and the last).
 *
 * <p>A diverging Adam phase stops with the trainer's {@code TrainingDivergedException}, the network set
 * back to its last good step; L-BFGS only takes steps that lower a finite loss, so from Adam's (checked)
 * end it cannot diverge, and a start it cannot leave is reported the same way.
 */
public final class PinnSolver {
    private static final int REPORT_EVERY = 10;

    private final PinnConfig config;

    public PinnSolver(PinnConfig config) {
        this.config = config;
    }

    public PinnSolution solve(Problem problem, ProgressListener progress, CancellationToken cancel) {
        return train(PinnSetup.build(problem, config), progress, cancel);
    }

    /** Trains the network of {@code loss} in place, reporting to a progress bar. */
    public PinnSolution train(PinnLoss loss, ProgressListener progress, CancellationToken cancel) {
        PinnSolution s = train(loss, (epoch, epochs, value, validation, left) -> {
            if (epoch % 50 == 0 || epoch == epochs) {
                progress.progress(epoch, epochs, String.format(Locale.ROOT, "PINN loss %.3e", value));
            }
        }, cancel);
        progress.progress(1, 1, String.format(Locale.ROOT, "PINN loss %.3e", s.loss()));
        return s;
    }

    /** Trains the network of {@code loss} in place with one event per Adam step and every few L-BFGS iterations. */
    public PinnSolution train(PinnLoss loss, TrainingListener listener, CancellationToken cancel) {
        long start = System.nanoTime();
        List<Parameter> params = loss.network().parameters();
        int total = config.adamSteps() + config.lbfgsIterations();
        double value = Double.NaN;
        TrainingSummary adamSummary = null;
        if (config.adamSteps() > 0) {
            TrainingConfig adam = new TrainingConfig(config.adamSteps(), 1, config.learningRate(), 0,
                    LearningRateSchedule.constant(), 0, 0, config.seed(), LossKind.MSE);
            try {
                adamSummary = new Trainer(adam).fit(fullBatch(loss),
                        (epoch, epochs, l, validation, left) -> listener.epoch(epoch, total, l, validation,
                                (System.nanoTime() - start) * 1e-9 / epoch * (total - epoch)), cancel);
            } catch (TrainingDivergedException e) {
                // the trainer set the network back to its last good step; count it out of both phases
                throw e.withLastGood(e.lastGood().map(g -> outOf(g, total)).orElse(null));
            }
            value = adamSummary.finalTrainLoss();
        }
        int lbfgsIterations = 0;
        if (config.lbfgsIterations() > 0) {
            double[] x = flatten(params);
            double[] fromAdam = x.clone();
            double[] last = {value};
            Lbfgs.Result r = new Lbfgs(20, 1e-12).minimize((w, g) -> {
                double v = valueAndGradient(loss, params, w, g);
                if (Double.isFinite(v)) {
                    last[0] = v;
                }
                return v;
            }, x, config.lbfgsIterations(), it -> {
                cancel.throwIfCancelled();
                if (it > 0 && it % REPORT_EVERY == 0) {
                    double elapsed = (System.nanoTime() - start) * 1e-9;
                    int done = config.adamSteps() + it;
                    listener.epoch(done, total, last[0], Double.NaN, elapsed / done * (total - done));
                }
                return true;
            });
            if (!Double.isFinite(r.value())) {
                // L-BFGS only takes steps that lower a finite loss: this is a start it cannot leave
                unflatten(fromAdam, params);
                TrainingDivergedException e = new TrainingDivergedException(config.adamSteps() + 1, r.value());
                throw e.withLastGood(adamSummary == null ? null : outOf(adamSummary, total));
            }
            unflatten(x, params);
            value = r.value();
            lbfgsIterations = r.iterations();
            listener.epoch(config.adamSteps() + lbfgsIterations, config.adamSteps() + lbfgsIterations, value, Double.NaN, 0);
        }
        return new PinnSolution(loss.network(), value, config.adamSteps(), lbfgsIterations,
                (System.nanoTime() - start) * 1e-9);
    }

    /** An Adam-phase summary as one of the whole run: {@code total} steps planned (Adam and L-BFGS). */
    private static TrainingSummary outOf(TrainingSummary adam, int total) {
        return new TrainingSummary(total, adam.epochsRun(), adam.bestEpoch(), adam.finalTrainLoss(),
                adam.bestValidationError(), adam.stoppedEarly(), adam.seconds(), adam.samplesPerSecond(),
                adam.parameterCount());
    }

    /** The whole loss as one training item, so the trainer takes one full-batch step per epoch. */
    private static Objective fullBatch(PinnLoss loss) {
        return new Objective() {
            @Override public List<Parameter> parameters() { return loss.network().parameters(); }
            @Override public int trainingSize() { return 1; }
            @Override public Tensor loss(Tape tape, int[] batch) { return loss.loss(tape); }
        };
    }

    private static double valueAndGradient(PinnLoss loss, List<Parameter> params, double[] w, double[] g) {
        unflatten(w, params);
        for (Parameter p : params) {
            p.value().zeroGrad();
        }
        Tape tape = Tape.recording();
        Tensor l = loss.loss(tape);
        double v = l.item();
        if (!Double.isFinite(v)) {
            return Double.POSITIVE_INFINITY;   // the line search backs off
        }
        tape.backward(l);
        int k = 0;
        for (Parameter p : params) {
            Tensor grad = p.grad();
            for (int i = 0; i < p.value().size(); i++) {
                g[k++] = grad == null ? 0 : grad.get(i);
            }
        }
        return v;
    }

    static double[] flatten(List<Parameter> params) {
        int n = params.stream().mapToInt(p -> p.value().size()).sum();
        double[] x = new double[n];
        int k = 0;
        for (Parameter p : params) {
            for (int i = 0; i < p.value().size(); i++) {
                x[k++] = p.value().get(i);
            }
        }
        return x;
    }

    static void unflatten(double[] x, List<Parameter> params) {
        int k = 0;
        for (Parameter p : params) {
            for (int i = 0; i < p.value().size(); i++) {
                p.value().set(i, x[k++]);
            }
        }
    }
}
