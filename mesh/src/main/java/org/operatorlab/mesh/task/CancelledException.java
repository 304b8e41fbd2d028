package org.operatorlab.mesh.task;

/** Thrown out of long work that was cancelled; nothing half-done has been written. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
