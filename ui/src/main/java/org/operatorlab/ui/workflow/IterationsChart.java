package org.operatorlab.ui.workflow;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.operatorlab.solvers.data.SampleListener;
import org.operatorlab.solvers.data.SampleSolve;

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
        getXAxis().setLabel("sample, in the order solved (each thread solves its own stretch: one curve per thread)");
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

    /**
     * A new run; feed it from the generator's threads with the returned listener. Each worker thread gets
     * its own curve (it solves its own stretch of the sequence with its own recycle space), so no line
     * joins the end of one worker's stretch to the start of the next.
     */
    Run startRun(String name, int samples, int workers) {
        if (samples > MOST_DOTS) {
            setCreateSymbols(false);
        }
        return new Run(this, name, workers);
    }

    /** Forgets every run; dots come back for short runs. */
    void clear() {
        getData().clear();
        setCreateSymbols(true);
    }

    /** One run's curves, filled on the JavaFX thread from samples reported on any thread, in batches. */
    static final class Run implements SampleListener {
        private final IterationsChart chart;
        private final String name;
        private final int workers;
        private final java.util.Map<Integer, XYChart.Series<Number, Number>> curves = new java.util.TreeMap<>();
        private final ConcurrentLinkedQueue<int[]> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean drainScheduled = new AtomicBoolean();

        private Run(IterationsChart chart, String name, int workers) {
            this.chart = chart;
            this.name = name;
            this.workers = workers;
        }

        @Override
        public void sampleSolved(int sample, int position, int worker, SampleSolve solve, double seconds) {
            pending.add(new int[] {worker, position + 1, solve.iterations()});
            if (drainScheduled.compareAndSet(false, true)) {
                Platform.runLater(this::drain);
            }
        }

        /** Adds every point reported so far; JavaFX thread. */
        void drain() {
            drainScheduled.set(false);
            java.util.Map<Integer, java.util.List<XYChart.Data<Number, Number>>> points = new java.util.TreeMap<>();
            for (int[] p = pending.poll(); p != null; p = pending.poll()) {
                points.computeIfAbsent(p[0], w -> new java.util.ArrayList<>()).add(new XYChart.Data<>(p[1], p[2]));
            }
            points.forEach((worker, list) -> curve(worker).getData().addAll(list));
        }

        private XYChart.Series<Number, Number> curve(int worker) {
            return curves.computeIfAbsent(worker, w -> {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(workers > 1 ? name + ", thread " + (w + 1) : name);
                chart.getData().add(series);
                return series;
            });
        }

        /** Iterations charted so far, by position in the solve sequence (1-based, as on the x axis). */
        java.util.SortedMap<Integer, Integer> iterationsByPosition() {
            java.util.SortedMap<Integer, Integer> all = new java.util.TreeMap<>();
            for (XYChart.Series<Number, Number> c : curves.values()) {
                c.getData().forEach(d -> all.put(d.getXValue().intValue(), d.getYValue().intValue()));
            }
            return all;
        }

        int points() {
            return curves.values().stream().mapToInt(c -> c.getData().size()).sum();
        }
    }
}
