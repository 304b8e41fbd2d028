package org.operatorlab.operators.train;

/**
 * How the {@link Trainer} runs: epochs, mini-batch size, Adam (AdamW when {@code weightDecay > 0}),
 * learning-rate schedule, validation split, early stopping and the seed of the shuffle and split.
 *
 * @param patience epochs without improvement of the watched error before stopping; 0 disables early stopping
 * @param validationFraction share of supervised samples held out for validation (0 for none)
 */
public record TrainingConfig(int epochs, int batchSize, double learningRate, double weightDecay,
                             LearningRateSchedule schedule, double validationFraction, int patience, long seed,
                             LossKind loss) {
    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("training epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("training batch size must be >= 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("early-stopping patience must be >= 0, got " + patience);
        }
        if (schedule == null || loss == null) {
            throw new IllegalArgumentException("training config needs a schedule and a loss");
        }
    }

    /** 100 epochs, batch 20, Adam 1e-3, cosine to zero, 10% validation, no early stopping, relative L2. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(100, 20, 1e-3, 0, LearningRateSchedule.cosine(0), 0.1, 0, 0, LossKind.RELATIVE_L2);
    }

    public TrainingConfig withEpochs(int v) {
        return new TrainingConfig(v, batchSize, learningRate, weightDecay, schedule, validationFraction, patience, seed, loss);
    }

    public TrainingConfig withBatchSize(int v) {
        return new TrainingConfig(epochs, v, learningRate, weightDecay, schedule, validationFraction, patience, seed, loss);
    }

    public TrainingConfig withLearningRate(double v) {
        return new TrainingConfig(epochs, batchSize, v, weightDecay, schedule, validationFraction, patience, seed, loss);
    }

    public TrainingConfig withWeightDecay(double v) {
        return new TrainingConfig(epochs, batchSize, learningRate, v, schedule, validationFraction, patience, seed, loss);
    }

    public TrainingConfig withSchedule(LearningRateSchedule v) {
        return new TrainingConfig(epochs, batchSize, learningRate, weightDecay, v, validationFraction, patience, seed, loss);
    }

    public TrainingConfig withValidationFraction(double v) {
        return new TrainingConfig(epochs, batchSize, learningRate, weightDecay, schedule, v, patience, seed, loss);
    }

    public TrainingConfig withPatience(int v) {
        return new TrainingConfig(epochs, batchSize, learningRate, weightDecay, schedule, validationFraction, v, seed, loss);
    }

    public TrainingConfig withSeed(long v) {
        return new TrainingConfig(epochs, batchSize, learningRate, weightDecay, schedule, validationFraction, patience, v, loss);
    }

    public TrainingConfig withLoss(LossKind v) {
        return new TrainingConfig(epochs, batchSize, learningRate, weightDecay, schedule, validationFraction, patience, seed, v);
    }
}
