package org.operatorlab.mesh.task;

/**
 * Receives progress of long work. The CLI prints it on stderr, the GUI binds it to a progress bar.
 * Implementations must be cheap and thread-safe: work may report from any thread.
 */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param done units of work finished so far
     * @param total units of work in all (0 when unknown)
     * @param message a short description of the current step, may be empty
     */
    void progress(long done, long total, String message);

    /** A listener that ignores everything. */
    ProgressListener NONE = (done, total, message) -> { };
}
