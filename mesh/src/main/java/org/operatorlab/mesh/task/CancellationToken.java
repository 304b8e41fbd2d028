package org.operatorlab.mesh.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** Asked by long work between steps; set by a cancel button, a closed window or Ctrl-C. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }

    /** Throws {@link CancelledException} when cancelled; long loops call this between steps. */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }

    /** A token that is never cancelled. */
    public static CancellationToken none() { return new CancellationToken(); }
}
