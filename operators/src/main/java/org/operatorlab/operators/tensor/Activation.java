package org.operatorlab.operators.tensor;

/**
 * Pointwise functions with their derivatives (given the input x and the output y = f(x)). Tensor
 * operations apply them through the block loops of {@link ActivationKernels}, which must agree.
 */
public enum Activation {
    SQUARE {
        @Override public double value(double x) { return x * x; }
        @Override public double derivative(double x, double y) { return 2 * x; }
    },
    SQRT {
        @Override public double value(double x) { return Math.sqrt(x); }
        @Override public double derivative(double x, double y) { return 0.5 / y; }
    },
    EXP {
        @Override public double value(double x) { return Math.exp(x); }
        @Override public double derivative(double x, double y) { return y; }
    },
    TANH {
        @Override public double value(double x) { return Math.tanh(x); }
        @Override public double derivative(double x, double y) { return 1 - y * y; }
    },
    SIN {
        @Override public double value(double x) { return Math.sin(x); }
        @Override public double derivative(double x, double y) { return Math.cos(x); }
    },
    /** Exact GELU x Phi(x) with Phi(x) = (1 + erf(x / sqrt 2)) / 2. */
    GELU {
        @Override public double value(double x) { return Gelu.value(x); }
        @Override public double derivative(double x, double y) { return Gelu.slope(x); }
    },
    RELU {
        @Override public double value(double x) { return x > 0 ? x : 0; }
        @Override public double derivative(double x, double y) { return x > 0 ? 1 : 0; }
    },
    IDENTITY {
        @Override public double value(double x) { return x; }
        @Override public double derivative(double x, double y) { return 1; }
    };

    public abstract double value(double x);

    public abstract double derivative(double x, double y);
}
