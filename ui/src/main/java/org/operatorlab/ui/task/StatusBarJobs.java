package org.operatorlab.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.CancelledException;

/**
 * One background job at a time on a daemon worker thread: its message in the status label, its progress
 * in the bar. Starting a job cancels the one running; {@link #shutdown()} stops everything. A cancelled
 * job's {@code onFailure} gets a {@link CancelledException}, so its panel can tidy up.
 */
public final class StatusBarJobs implements JobRunner {
    private final Label status;
    private final ProgressBar progress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "operatorlab-worker");
        t.setDaemon(true);
        return t;
    });
    private Task<?> running;
    private CancellationToken runningToken;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public StatusBarJobs(Label status, ProgressBar progress) {
        this.status = status;
        this.progress = progress;
    }

    @Override
    public <T> Job run(String message, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancelRunning();
        CancellationToken cancel = new CancellationToken();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                return work.run((done, total, text) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                    if (text != null && !text.isEmpty()) {
                        updateMessage(text);
                    }
                }, cancel);
            }
        };
        // The label follows the job's messages through a listener, not a binding, so the panel that owns
        // the label may still write its own notes on it while the job runs.
        ChangeListener<String> showMessage = (o, old, text) -> {
            if (text != null && !text.isEmpty()) {
                status.setText(text);
            }
        };
        task.setOnSucceeded(e -> {
            task.messageProperty().removeListener(showMessage);
            status.setText("Done: " + message.replace("…", ""));
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            task.messageProperty().removeListener(showMessage);
            Throwable error = task.getException();
            status.setText(error instanceof CancelledException ? "Cancelled: " + message.replace("…", "")
                    : "Error: " + error.getMessage());
            onFailure.accept(error);
        });
        task.setOnCancelled(e -> {
            task.messageProperty().removeListener(showMessage);
            status.setText("Cancelled: " + message.replace("…", ""));
            onFailure.accept(new CancelledException());
        });
        status.setText(message);
        task.messageProperty().addListener(showMessage);
        progress.visibleProperty().bind(task.runningProperty());
        progress.progressProperty().bind(task.progressProperty());
        busy.bind(task.runningProperty());
        running = task;
        runningToken = cancel;
        worker.submit(task);
        return () -> {
            cancel.cancel();
            task.cancel(false);
        };
    }

    /** Asks the running job to stop. */
    public void cancelRunning() {
        if (runningToken != null) {
            runningToken.cancel();
        }
        if (running != null) {
            running.cancel(false);
        }
    }

    /** Whether a job is running (e.g. to enable a Cancel button). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Stops any job (it writes nothing half-done) and the worker thread. */
    public void shutdown() {
        cancelRunning();
        worker.shutdownNow();
    }

    /** After {@link #shutdown()}: waits until the worker thread has finished its job; false on timeout. */
    public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
        return worker.awaitTermination(timeout, unit);
    }
}
