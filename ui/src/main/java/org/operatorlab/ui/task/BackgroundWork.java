package org.operatorlab.ui.task;

import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;

/** Work that runs off the JavaFX thread, reports progress and honours cancellation. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
