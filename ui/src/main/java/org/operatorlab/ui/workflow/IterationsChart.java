package org.operatorlab.ui.workflow;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.operatorlab.solvers.data.SampleListener;

/**
 * Krylov iterations per sample, one series per generation run, plotted in solve order as samples
 * finish: runs with gmres and skr side by side show what sorting and recycling save.
 */
final class IterationsChart extends LineChart<Number, Number> {
    /** Runs longer than this are drawn as lines without a dot per sample, which would hide the curve. */
    private static final int MOST_DOTS = 60;
    private static final javafx.util.StringConverter<Number> WHOLE_NUMBERS = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            return v == Math.rint(v) ? Long.toString((long) v) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.parseDouble(s);
        }
    };

    IterationsChart() {
        super(new NumberAxis(), new NumberAxis());
        getXAxis().setLabel("sample, in the order solved (with skr each thread solves its own sorted run)");
        // samples and iterations are counted: label whole numbers only
        for (NumberAxis axis : java.util.List.of((NumberAxis) getXAxis(), (NumberAxis) getYAxis())) {
            axis.setMinorTickVisible(false);
            axis.setTickLabelFormatter(WHOLE_NUMBERS);
        }
        getYAxis().setLabel("iterations");
        setAnimated(false);
        setCreateSymbols(true);
        setTitle("Iterations per sample");
    }

    /** A new series; feed it from the generator's threads with the returned listener. */
    Run startRun(String name, int samples) {
        if (samples > MOST_DOTS) {
            setCreateSymbols(false);
        }
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        getData().add(series);
        return new Run(series);
    }

    /** Forgets every run; dots come back for short runs. */
    void clear() {
        getData().clear();
        setCreateSymbols(true);
    }

    /** One run's series, filled on the JavaFX thread from samples reported on any thread, in batches. */
    static final class Run implements SampleListener {
        private final XYChart.Series<Number, Number> series;
        private final ConcurrentLinkedQueue<int[]> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean drainScheduled = new AtomicBoolean();

        private Run(XYChart.Series<Number, Number> series) {
            this.series = series;
        }

        @Override
        public void sampleSolved(int sample, int position, org.operatorlab.solvers.data.SampleSolve solve, double seconds) {
            pending.add(new int[] {position + 1, solve.iterations()});
            if (drainScheduled.compareAndSet(false, true)) {
                Platform.runLater(this::drain);
            }
        }

        /** Adds every point reported so far; JavaFX thread. */
        void drain() {
            drainScheduled.set(false);
            java.util.List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>();
            for (int[] p = pending.poll(); p != null; p = pending.poll()) {
                points.add(new XYChart.Data<>(p[0], p[1]));
            }
            if (!points.isEmpty()) {
                series.getData().addAll(points);
            }
        }

        int points() {
            return series.getData().size();
        }

        XYChart.Series<Number, Number> series() {
            return series;
        }
    }
}
