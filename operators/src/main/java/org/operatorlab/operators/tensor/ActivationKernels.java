package org.operatorlab.operators.tensor;

/**
 * Flat loops of an {@link Activation} over blocks of doubles: the switch on the activation is taken
 * once per block, not per element. The formulas are those of {@link Activation#value} and
 * {@link Activation#derivative}.
 */
final class ActivationKernels {
    private ActivationKernels() {
    }

    /** True when the derivative costs a transcendental call the forward pass already had at hand. */
    static boolean keepsSlope(Activation f) {
        return f == Activation.GELU || f == Activation.SIN;
    }

    /** Rough cost of one element in cheap flops, for the threading threshold. */
    static int cost(Activation f) {
        return switch (f) {
            case SQUARE, RELU, IDENTITY -> 1;
            case SQRT -> 4;
            case EXP, GELU -> 20;
            case TANH, SIN -> 30;
        };
    }

    /** y = f(x) and, when dy is not null (only asked where {@link #keepsSlope}), dy = f'(x). */
    static void values(Activation f, double[] x, double[] y, double[] dy, int n) {
        switch (f) {
            case SQUARE -> { for (int i = 0; i < n; i++) y[i] = x[i] * x[i]; }
            case SQRT -> { for (int i = 0; i < n; i++) y[i] = Math.sqrt(x[i]); }
            case EXP -> { for (int i = 0; i < n; i++) y[i] = Math.exp(x[i]); }
            case TANH -> { for (int i = 0; i < n; i++) y[i] = Math.tanh(x[i]); }
            case SIN -> {
                for (int i = 0; i < n; i++) y[i] = Math.sin(x[i]);
                if (dy != null) slopes(f, x, y, dy, n);
            }
            case GELU -> Gelu.apply(x, y, dy, n);
            case RELU -> { for (int i = 0; i < n; i++) y[i] = x[i] > 0 ? x[i] : 0; }
            case IDENTITY -> System.arraycopy(x, 0, y, 0, n);
        }
    }

    /** dy = f'(x) given y = f(x); dy may be x itself. */
    static void slopes(Activation f, double[] x, double[] y, double[] dy, int n) {
        switch (f) {
            case SQUARE -> { for (int i = 0; i < n; i++) dy[i] = 2 * x[i]; }
            case SQRT -> { for (int i = 0; i < n; i++) dy[i] = 0.5 / y[i]; }
            case EXP -> System.arraycopy(y, 0, dy, 0, n);
            case TANH -> { for (int i = 0; i < n; i++) dy[i] = 1 - y[i] * y[i]; }
            case SIN -> { for (int i = 0; i < n; i++) dy[i] = Math.cos(x[i]); }
            case GELU -> { for (int i = 0; i < n; i++) dy[i] = Gelu.slope(x[i]); }
            case RELU -> { for (int i = 0; i < n; i++) dy[i] = x[i] > 0 ? 1 : 0; }
            case IDENTITY -> java.util.Arrays.fill(dy, 0, n, 1);
        }
    }
}
