package org.operatorlab.operators.nn;

import java.util.List;
import org.operatorlab.operators.tensor.Tensor;

/**
 * Adam (Kingma and Ba 2015) with bias correction, and AdamW (Loshchilov and Hutter 2019) when the
 * weight decay is non-zero: decay is decoupled, w -= lr * decay * w, not added to the gradient.
 * Moments are kept in double whatever the parameter dtype. The learning rate may be changed between
 * steps (schedules).
 */
public final class Adam {
    private final List<Parameter> parameters;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final double[][] m;
    private final double[][] v;
    private double learningRate;
    private int steps;

    public Adam(List<Parameter> parameters, double learningRate, double beta1, double beta2, double eps,
                double weightDecay) {
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0)
                || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("Adam needs lr > 0, 0 <= beta < 1, eps > 0, decay >= 0, got lr="
                    + learningRate + " beta1=" + beta1 + " beta2=" + beta2 + " eps=" + eps + " decay=" + weightDecay);
        }
        this.parameters = List.copyOf(parameters);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.m = new double[this.parameters.size()][];
        this.v = new double[this.parameters.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new double[this.parameters.get(i).value().size()];
            v[i] = new double[m[i].length];
        }
    }

    /** Adam with the usual betas (0.9, 0.999) and eps 1e-8. */
    public static Adam adam(List<Parameter> parameters, double learningRate) {
        return new Adam(parameters, learningRate, 0.9, 0.999, 1e-8, 0);
    }

    /** AdamW: Adam with decoupled weight decay. */
    public static Adam adamW(List<Parameter> parameters, double learningRate, double weightDecay) {
        return new Adam(parameters, learningRate, 0.9, 0.999, 1e-8, weightDecay);
    }

    public double learningRate() { return learningRate; }
    public int steps() { return steps; }

    public void setLearningRate(double lr) {
        if (!(lr > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + lr);
        }
        this.learningRate = lr;
    }

    public void zeroGrad() {
        for (Parameter p : parameters) {
            p.value().zeroGrad();
        }
    }

    /** One update from the accumulated gradients (parameters without a gradient are only decayed). */
    public void step() {
        steps++;
        double c1 = 1 - Math.pow(beta1, steps);
        double c2 = 1 - Math.pow(beta2, steps);
        for (int i = 0; i < parameters.size(); i++) {
            Tensor w = parameters.get(i).value();
            Tensor g = w.grad();
            double[] mi = m[i], vi = v[i];
            for (int j = 0; j < mi.length; j++) {
                double wj = w.get(j);
                double update = weightDecay * wj;
                if (g != null) {
                    double gj = g.get(j);
                    mi[j] = beta1 * mi[j] + (1 - beta1) * gj;
                    vi[j] = beta2 * vi[j] + (1 - beta2) * gj * gj;
                    update += (mi[j] / c1) / (Math.sqrt(vi[j] / c2) + eps);
                }
                w.set(j, wj - learningRate * update);
            }
        }
    }
}
