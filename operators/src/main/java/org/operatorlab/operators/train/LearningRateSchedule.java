package org.operatorlab.operators.train;

/** The learning rate of each epoch as a function of the base rate. */
public sealed interface LearningRateSchedule {
    /** Rate for {@code epoch} (0-based) of {@code epochs}. */
    double rate(double baseRate, int epoch, int epochs);

    /** A short name for summaries and model files. */
    String describe();

    static LearningRateSchedule constant() {
        return new Constant();
    }

    /** Multiplies the rate by {@code gamma} every {@code stepSize} epochs. */
    static LearningRateSchedule step(int stepSize, double gamma) {
        return new Step(stepSize, gamma);
    }

    /** Cosine annealing from the base rate down to {@code floorFraction} of it at the last epoch. */
    static LearningRateSchedule cosine(double floorFraction) {
        return new Cosine(floorFraction);
    }

    /** Geometric decay from the base rate to {@code finalFraction} of it over the run (DeepONet's schedule). */
    static LearningRateSchedule exponential(double finalFraction) {
        return new Exponential(finalFraction);
    }

    record Exponential(double finalFraction) implements LearningRateSchedule {
        public Exponential {
            if (!(finalFraction > 0 && finalFraction <= 1)) {
                throw new IllegalArgumentException("exponential schedule needs 0 < final fraction <= 1, got " + finalFraction);
            }
        }

        @Override
        public double rate(double baseRate, int epoch, int epochs) {
            return baseRate * Math.pow(finalFraction, (double) epoch / epochs);
        }

        @Override
        public String describe() { return "exponential(" + finalFraction + ")"; }
    }

    record Constant() implements LearningRateSchedule {
        @Override
        public double rate(double baseRate, int epoch, int epochs) { return baseRate; }

        @Override
        public String describe() { return "constant"; }
    }

    record Step(int stepSize, double gamma) implements LearningRateSchedule {
        public Step {
            if (stepSize < 1 || !(gamma > 0 && gamma <= 1)) {
                throw new IllegalArgumentException("step schedule needs stepSize >= 1 and 0 < gamma <= 1, got stepSize="
                        + stepSize + " gamma=" + gamma);
            }
        }

        @Override
        public double rate(double baseRate, int epoch, int epochs) {
            return baseRate * Math.pow(gamma, epoch / stepSize);
        }

        @Override
        public String describe() { return "step(" + stepSize + ", " + gamma + ")"; }
    }

    record Cosine(double floorFraction) implements LearningRateSchedule {
        public Cosine {
            if (!(floorFraction >= 0 && floorFraction < 1)) {
                throw new IllegalArgumentException("cosine schedule floor must be in [0, 1), got " + floorFraction);
            }
        }

        @Override
        public double rate(double baseRate, int epoch, int epochs) {
            double progress = epochs <= 1 ? 0 : (double) epoch / (epochs - 1);
            double floor = floorFraction * baseRate;
            // a zero rate would stall Adam's last step; the floor keeps it positive
            return Math.max(floor + (baseRate - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)), 1e-12 * baseRate);
        }

        @Override
        public String describe() { return "cosine(" + floorFraction + ")"; }
    }
}
