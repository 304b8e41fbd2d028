package org.operatorlab.ui.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.operatorlab.operators.train.TrainingListener;

/**
 * Live training curves: the training loss and the validation relative L2 error per epoch. Epoch events
 * arrive on the training thread; they are queued and drained on the JavaFX thread at most once per
 * pulse, so a fast trainer never floods the event queue and the window keeps repainting.
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
     * A listener for one training run: it feeds this chart and hands every epoch, in order, to
     * {@code onEpoch} on the JavaFX thread.
     */
    public TrainingListener listener(Consumer<Epoch> onEpoch) {
        ConcurrentLinkedQueue<Epoch> pending = new ConcurrentLinkedQueue<>();
        AtomicBoolean scheduled = new AtomicBoolean();
        return (epoch, epochs, trainLoss, validationError, secondsLeft) -> {
            pending.add(new Epoch(epoch, epochs, trainLoss, validationError, secondsLeft));
            if (scheduled.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    scheduled.set(false);
                    drain(pending, onEpoch);
                });
            }
        };
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
