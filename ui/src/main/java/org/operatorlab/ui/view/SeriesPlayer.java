package org.operatorlab.ui.view;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * Time controls for a series of frames: Play/Pause ({@code #play}), a slider over the frame index
 * ({@code #timeSlider}) and the time of the frame shown ({@code #time}). Playing steps through the
 * frames in about five seconds and stops at the last one.
 */
final class SeriesPlayer extends HBox {
    private static final double PLAY_SECONDS = 5;

    private final Button play = new Button("Play");
    private final Slider slider = new Slider(0, 0, 0);
    private final Label time = new Label();
    private final IntegerProperty frame = new SimpleIntegerProperty(-1);
    private final Timeline timeline = new Timeline();
    private double[] times = new double[0];

    SeriesPlayer() {
        super(8);
        setPadding(new Insets(4, 6, 4, 6));
        setAlignment(Pos.CENTER_LEFT);
        play.setId("play");
        slider.setId("timeSlider");
        time.setId("time");
        time.setMinWidth(110);
        slider.setSnapToTicks(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, was, now) -> frame.set((int) Math.round(now.doubleValue())));
        frame.addListener((o, was, now) -> {
            slider.setValue(now.intValue());
            int i = now.intValue();
            time.setText(i >= 0 && i < times.length ? "t = " + ValueText.of(times[i]) : "");
        });
        timeline.setCycleCount(Timeline.INDEFINITE);
        play.setOnAction(e -> togglePlay());
        getChildren().addAll(play, slider, time);
    }

    /** A new series; shows its last frame. */
    void setTimes(double[] times) {
        stop();
        this.times = times.clone();
        slider.setMax(Math.max(0, times.length - 1));
        frame.set(-1);
        frame.set(times.length - 1);
        double seconds = Math.max(0.05, Math.min(0.4, PLAY_SECONDS / Math.max(1, times.length)));
        timeline.getKeyFrames().setAll(new KeyFrame(Duration.seconds(seconds), e -> step()));
    }

    IntegerProperty frameProperty() { return frame; }

    boolean isPlaying() { return timeline.getStatus() == Timeline.Status.RUNNING; }

    void stop() {
        timeline.stop();
        play.setText("Play");
    }

    private void togglePlay() {
        if (isPlaying()) {
            stop();
            return;
        }
        if (frame.get() >= times.length - 1) {
            frame.set(0);
        }
        play.setText("Pause");
        timeline.play();
    }

    private void step() {
        if (frame.get() >= times.length - 1) {
            stop();
        } else {
            frame.set(frame.get() + 1);
        }
    }
}
