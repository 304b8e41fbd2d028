package org.operatorlab.operators.tensor;

import java.util.stream.IntStream;

/** Splits an index range into one contiguous chunk per thread (on the common fork-join pool plus the caller). */
public final class Parallel {
    private Parallel() {
    }

    /** Work on [from, to). */
    @FunctionalInterface
    public interface RangeTask {
        void run(int from, int to);
    }

    /**
     * Runs {@code task} over [0, n) in at most {@code threads} chunks whose boundaries are multiples of
     * {@code align} (except the end), so kernels that block by {@code align} see the same blocks as on
     * one thread. With one thread, or one chunk, runs on the caller.
     */
    public static void forRange(int threads, int n, int align, RangeTask task) {
        int blocks = (n + align - 1) / align;
        int chunks = Math.max(1, Math.min(threads, blocks));
        if (chunks == 1) {
            task.run(0, n);
            return;
        }
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = Math.min(n, (int) ((long) blocks * c / chunks) * align);
            int to = Math.min(n, (int) ((long) blocks * (c + 1) / chunks) * align);
            if (from < to) {
                task.run(from, to);
            }
        });
    }

    /** Threads worth using for about {@code flops} floating-point operations (small work stays on the caller). */
    static int threadsFor(int threads, long flops) {
        return flops < 2_000_000L ? 1 : threads;
    }
}
