package org.operatorlab.ui.demo;

import java.util.List;

/** One step of a demo, as its {@code "do"} key names it. */
public sealed interface DemoStep {

    /** The {@code "do"} word of the step. */
    String name();

    /** Solves the demo's problem with the classical solver; shows the solution (a time series for heat). */
    record Solve() implements DemoStep {
        public String name() { return "solve"; }
    }

    /** Draws the problem's random input with {@code seed}, predicts it with the shipped model and solves it classically. */
    record CompareModel(long seed) implements DemoStep {
        public String name() { return "compare_model"; }
    }

    /** Trains a PINN on the problem live and compares it with the finite-element solution of the step before. */
    record TrainPinn(List<Integer> hidden, int interiorPoints, int boundaryPoints, int adamSteps, int lbfgsIterations,
                     long seed) implements DemoStep {
        public String name() { return "train_pinn"; }
    }

    /**
     * Trains a DeepONet live on the antiderivative operator u ↦ ∫₀ˣ u, u from a Gaussian process with the
     * RBF kernel of the given length scale, and compares it with the exact antiderivative of unseen inputs.
     * {@code podModes > 0} replaces the trunk net by that many POD modes of the training outputs.
     */
    record TrainDeepOnet(int sensors, double lengthScale, int trainFunctions, int testFunctions, List<Integer> hidden,
                         int podModes, int steps, int batch, double learningRate, long seed) implements DemoStep {
        public String name() { return "train_deeponet"; }
    }

    /**
     * Solves {@code systems} Helmholtz systems with the wavenumber swept from {@code kFrom} to {@code kTo},
     * once with plain restarted GMRES from zero and once with Krylov recycling (GCRO-DR) and warm starts.
     */
    record Recycling(int systems, double kFrom, double kTo) implements DemoStep {
        public String name() { return "recycling"; }
    }

    /** The {@code "do"} words, for error messages. */
    static List<String> names() {
        return List.of("solve", "compare_model", "train_pinn", "train_deeponet", "recycling");
    }
}
