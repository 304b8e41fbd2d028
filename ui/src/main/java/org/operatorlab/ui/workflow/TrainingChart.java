package org.operatorlab.ui.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.operatorlab.operators.train.TrainingListener;

/**
 * Live training curves: the training loss and the validation relative L2 error per epoch. Epoch events
 * arrive on the training thread; they are queued and drained on the JavaFX thread a few times a second,
 * so a fast trainer (a PINN reports every Adam step) neither floods the event queue nor keeps the window
 * repainting.
 */
public final class TrainingChart extends LineChart<Number, Number> {
    /** One finished epoch as the trainer reported it. */
    public record Epoch(int epoch, int epochs, double trainLoss, double validationError, double secondsLeft) { }

    private final XYChart.Series<Number, Number> loss = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> validation = new XYChart.Series<>();

    public TrainingChart() {
        super(new NumberAxis(), new NumberAxis());
        getXAxis().setLabel("epoch");
        getYAxis().setLabel("loss / relative L2 error");
        ((NumberAxis) getXAxis()).setForceZeroInRange(false);
        setTitle("Training");
        setAnimated(false);
        setCreateSymbols(false);
        loss.setName("training loss");
        validation.setName("validation relative L2");
        getData().add(loss);
        getData().add(validation);
    }

    /** Forgets the curves of the last run (JavaFX thread). */
    public void clear() {
        loss.getData().clear();
        validation.getData().clear();
    }

    /**
     * The feed of one training run: it queues epochs on the training thread and adds them to this chart
     * (and hands each, in order, to {@code onEpoch}) on the JavaFX thread, at most
     * {@link ThrottledProgress#INTERVAL_NANOS} apart so the window is not repainted for every epoch.
     */
    public Feed feed(Consumer<Epoch> onEpoch) {
        return new Feed(onEpoch);
    }

    /** One run's epochs on their way to the chart. */
    public final class Feed implements TrainingListener {
        private final Consumer<Epoch> onEpoch;
        private final ConcurrentLinkedQueue<Epoch> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final AtomicLong lastDrain = new AtomicLong(System.nanoTime() - ThrottledProgress.INTERVAL_NANOS);

        private Feed(Consumer<Epoch> onEpoch) {
            this.onEpoch = onEpoch;
        }

        @Override
        public void epoch(int epoch, int epochs, double trainLoss, double validationError, double secondsLeft) {
            pending.add(new Epoch(epoch, epochs, trainLoss, validationError, secondsLeft));
            boolean due = epoch >= epochs || System.nanoTime() - lastDrain.get() >= ThrottledProgress.INTERVAL_NANOS;
            if (due && scheduled.compareAndSet(false, true)) {
                Platform.runLater(this::flush);
            }
        }

        /** Adds every epoch queued so far (JavaFX thread); call when the run ends, whichever way. */
        public void flush() {
            scheduled.set(false);
            lastDrain.set(System.nanoTime());
            drain(pending, onEpoch);
        }
    }

    private void drain(ConcurrentLinkedQueue<Epoch> pending, Consumer<Epoch> onEpoch) {
        List<XYChart.Data<Number, Number>> losses = new ArrayList<>();
        List<XYChart.Data<Number, Number>> errors = new ArrayList<>();
        for (Epoch e = pending.poll(); e != null; e = pending.poll()) {
            if (Double.isFinite(e.trainLoss())) {
                losses.add(new XYChart.Data<>(e.epoch(), e.trainLoss()));
            }
            if (Double.isFinite(e.validationError())) {
                errors.add(new XYChart.Data<>(e.epoch(), e.validationError()));
            }
            onEpoch.accept(e);
        }
        loss.getData().addAll(losses);
        validation.getData().addAll(errors);
    }

    /** Points of the training-loss curve. */
    public int lossPoints() {
        return loss.getData().size();
    }

    /** Points of the validation curve. */
    public int validationPoints() {
        return validation.getData().size();
    }
}
