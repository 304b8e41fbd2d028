package org.operatorlab.ui.workflow;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** Shows progress reported on any thread in a panel's own bar and label, at most one update per frame. */
final class ProgressFeed {
    private record State(long done, long total, String text) { }

    private final ProgressBar bar;
    private final Label label;
    private final AtomicReference<State> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    ProgressFeed(ProgressBar bar, Label label) {
        this.bar = bar;
        this.label = label;
        bar.setProgress(0);
        label.setText("");
    }

    void report(long done, long total, String text) {
        latest.set(new State(done, total, text));
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    /** Shows the latest state; JavaFX thread. */
    void drain() {
        scheduled.set(false);
        State s = latest.get();
        if (s != null) {
            bar.setProgress(s.total() > 0 ? (double) s.done() / s.total() : ProgressBar.INDETERMINATE_PROGRESS);
            label.setText(s.text() == null ? "" : s.text());
        }
    }
}
