package org.operatorlab.ui.task;

import java.util.function.Consumer;

/**
 * Runs long work off the JavaFX thread with progress and cancel. The callbacks run on the JavaFX
 * thread. Every panel gets its jobs run through one of these, so the status bar, the progress bar and
 * "stop everything when the window closes" live in one place.
 */
public interface JobRunner {

    /** A started job: cancel asks it to stop; it then writes nothing half-done. */
    interface Job {
        void cancel();
    }

    <T> Job run(String message, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
