package org.operatorlab.operators.train;

/** The input and output normalisers a model applies around its network. */
public record Normalization(UnitGaussianNormalizer input, UnitGaussianNormalizer output) {
    public Normalization {
        if (input == null || output == null) {
            throw new IllegalArgumentException("normalization needs both an input and an output normalizer");
        }
    }

    public static Normalization identity(int inputChannels, int outputChannels) {
        return new Normalization(UnitGaussianNormalizer.identity(inputChannels), UnitGaussianNormalizer.identity(outputChannels));
    }
}
