package org.operatorlab.solvers.data;

/** Derives each sample's seed from the run's seed, so a sample is the same whatever thread draws it. */
public final class SampleSeeds {
    private SampleSeeds() { }

    /** SplitMix64 of the run seed and the sample index: well mixed, reproducible, independent of order. */
    public static long of(long runSeed, int sample) {
        long z = runSeed + 0x9E3779B97F4A7C15L * (sample + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
