package org.operatorlab.ui.workflow;

import java.util.concurrent.atomic.AtomicLong;
import org.operatorlab.mesh.task.ProgressListener;

/**
 * Passes progress on at most a few times a second (and always the last report). Every report a job
 * passes to the window repaints it; under a software OpenGL renderer (Mesa llvmpipe under Xvfb) twenty
 * repaints a second took most of two cores and made a 25 s training run take 78 s.
 */
public final class ThrottledProgress implements ProgressListener {
    /** Minimum time between two reports passed on. */
    public static final long INTERVAL_NANOS = 250_000_000L;

    private final ProgressListener next;
    private final AtomicLong last = new AtomicLong(System.nanoTime() - INTERVAL_NANOS);

    public ThrottledProgress(ProgressListener next) {
        this.next = next;
    }

    @Override
    public void progress(long done, long total, String message) {
        long now = System.nanoTime();
        long before = last.get();
        boolean finished = total > 0 && done >= total;
        if ((finished || now - before >= INTERVAL_NANOS) && last.compareAndSet(before, now)) {
            next.progress(done, total, message);
        }
    }
}
