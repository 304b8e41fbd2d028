package org.operatorlab.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.ui.task.BackgroundWork;
import org.operatorlab.ui.task.JobRunner;

/** Runs each job on its own plain thread and posts the callbacks to the JavaFX thread; remembers what it ran. */
final class ThreadJobRunner implements JobRunner {
    final List<String> started = new CopyOnWriteArrayList<>();

    @Override
    public <T> Job run(String message, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        started.add(message);
        CancellationToken cancel = new CancellationToken();
        Thread thread = new Thread(() -> {
            try {
                T value = work.run(ProgressListener.NONE, cancel);
                Platform.runLater(() -> onSuccess.accept(value));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        }, "test-job");
        thread.setDaemon(true);
        thread.start();
        return cancel::cancel;
    }

    long count(String prefix) {
        return started.stream().filter(m -> m.startsWith(prefix)).count();
    }
}
