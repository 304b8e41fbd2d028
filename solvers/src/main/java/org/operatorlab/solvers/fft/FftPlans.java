package org.operatorlab.solvers.fft;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * A thread-safe pool of JTransforms 1D plans, keyed by length.
 *
 * <p>Building a plan (twiddle tables, Bluestein set-up) costs far more than one transform, and a
 * JTransforms plan must not run on two threads at once. Callers therefore create one {@code FftPlans}
 * and share it (FNO layers, spectral solvers, random fields, FFT preconditioners); every transform
 * leases a plan, uses it on one thread and gives it back. All multi-dimensional transforms in this
 * package are built from these 1D plans, so one pool serves every shape.
 */
public final class FftPlans {
    private final Map<Integer, Queue<DoubleFFT_1D>> idle = new ConcurrentHashMap<>();

    /** Takes a plan of length {@code n} from the pool (or builds one); close the lease to return it. */
    public Lease lease(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be >= 1, got " + n);
        }
        DoubleFFT_1D plan = idle.computeIfAbsent(n, k -> new ConcurrentLinkedQueue<>()).poll();
        return new Lease(n, plan != null ? plan : new DoubleFFT_1D(n));
    }

    /** Number of idle plans currently pooled (for tests and diagnostics). */
    public int idleCount() {
        return idle.values().stream().mapToInt(Queue::size).sum();
    }

    /** Exclusive use of one plan until closed. */
    public final class Lease implements AutoCloseable {
        private final int n;
        private DoubleFFT_1D plan;

        private Lease(int n, DoubleFFT_1D plan) {
            this.n = n;
            this.plan = plan;
        }

        public DoubleFFT_1D plan() {
            if (plan == null) {
                throw new IllegalStateException("FFT plan lease of length " + n + " already closed");
            }
            return plan;
        }

        @Override
        public void close() {
            if (plan != null) {
                idle.get(n).offer(plan);
                plan = null;
            }
        }
    }
}
