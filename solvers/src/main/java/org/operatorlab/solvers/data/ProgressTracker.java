package org.operatorlab.solvers.data;

import java.util.concurrent.atomic.AtomicLong;
import org.operatorlab.mesh.task.ProgressListener;

/** Counts finished samples from any thread and reports them with an estimated time to completion. */
final class ProgressTracker {
    private final ProgressListener listener;
    private final long total;
    private final String phase;
    private final AtomicLong done = new AtomicLong();
    private final long startNanos = System.nanoTime();

    ProgressTracker(ProgressListener listener, long total, String phase) {
        this.listener = listener;
        this.total = total;
        this.phase = phase;
        listener.progress(0, total, phase);
    }

    void oneDone() {
        long d = done.incrementAndGet();
        double elapsed = (System.nanoTime() - startNanos) * 1e-9;
        double eta = elapsed / d * (total - d);
        listener.progress(d, total, String.format("%s %d/%d, ETA %s", phase, d, total, formatSeconds(eta)));
    }

    static String formatSeconds(double s) {
        if (s < 60) {
            return String.format("%.0f s", Math.ceil(s));
        }
        long t = Math.round(s);
        return t < 3600 ? String.format("%d min %02d s", t / 60, t % 60) : String.format("%d h %02d min", t / 3600, t / 60 % 60);
    }
}
