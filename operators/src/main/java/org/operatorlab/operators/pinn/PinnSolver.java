package org.operatorlab.operators.pinn;

import java.util.List;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.nn.Adam;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.solvers.problem.Problem;

/**
 * Solves one problem with a PINN: full-batch Adam on the loss of {@link PinnSetup}, then L-BFGS from
 * where Adam stopped (Adam finds the basin, L-BFGS the last digits).
 */
public final class PinnSolver {
    private static final int REPORT_EVERY = 50;

    private final PinnConfig config;

    public PinnSolver(PinnConfig config) {
        this.config = config;
    }

    public PinnSolution solve(Problem problem, ProgressListener progress, CancellationToken cancel) {
        return train(PinnSetup.build(problem, config), progress, cancel);
    }

    /** Trains the network of {@code loss} in place. */
    public PinnSolution train(PinnLoss loss, ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        List<Parameter> params = loss.network().parameters();
        long total = (long) config.adamSteps() + config.lbfgsIterations();
        Adam adam = Adam.adam(params, config.learningRate());
        double value = Double.NaN;
        for (int step = 0; step < config.adamSteps(); step++) {
            cancel.throwIfCancelled();
            adam.zeroGrad();
            Tape tape = Tape.recording();
            Tensor l = loss.loss(tape);
            value = l.item();
            checkFinite(value, "Adam step " + step);
            tape.backward(l);
            adam.step();
            if (step % REPORT_EVERY == 0) {
                progress.progress(step, total, "Adam loss " + String.format("%.3e", value));
            }
        }
        int lbfgsIterations = 0;
        if (config.lbfgsIterations() > 0) {
            double[] x = flatten(params);
            Lbfgs.Result r = new Lbfgs(20, 1e-12).minimize((w, g) -> valueAndGradient(loss, params, w, g), x,
                    config.lbfgsIterations(), it -> {
                        cancel.throwIfCancelled();
                        if (it % REPORT_EVERY == 0) {
                            progress.progress(config.adamSteps() + it, total, "L-BFGS");
                        }
                        return true;
                    });
            unflatten(x, params);
            value = r.value();
            lbfgsIterations = r.iterations();
        }
        progress.progress(total, total, "PINN loss " + String.format("%.3e", value));
        return new PinnSolution(loss.network(), value, config.adamSteps(), lbfgsIterations,
                (System.nanoTime() - start) * 1e-9);
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

    private static void checkFinite(double v, String where) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("PINN loss became " + v + " at " + where + " (try a smaller learning rate)");
        }
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
