package org.operatorlab.ui.view;

import java.util.List;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** 1D fields as lines over a common x, one series per entry, with a legend and no point symbols. */
final class CurveChart {
    private CurveChart() { }

    static LineChart<Number, Number> of(String xLabel, double[] x, Map<String, double[]> curves) {
        NumberAxis xAxis = new NumberAxis();
        xAxis.setLabel(xLabel);
        xAxis.setForceZeroInRange(false);
        ValueRange xRange = ValueRange.of(x);
        List<Double> xTicks = xRange.ticks(10);
        if (xRange.max() > xRange.min() && xTicks.size() >= 2) {
            // the axis spans exactly the data, with round ticks, instead of rounding out past it
            xAxis.setAutoRanging(false);
            xAxis.setLowerBound(xRange.min());
            xAxis.setUpperBound(xRange.max());
            xAxis.setTickUnit(xTicks.get(1) - xTicks.get(0));
        }
        NumberAxis yAxis = new NumberAxis();
        yAxis.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        for (Map.Entry<String, double[]> curve : curves.entrySet()) {
            double[] y = curve.getValue();
            if (y.length != x.length) {
                throw new IllegalArgumentException("curve " + curve.getKey() + " has " + y.length
                        + " values for " + x.length + " x positions");
            }
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(curve.getKey());
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(y[i])) {
                    series.getData().add(new XYChart.Data<>(x[i], y[i]));
                }
            }
            chart.getData().add(series);
        }
        return chart;
    }
}
