package org.operatorlab.ui.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * An orbit camera around a surface in view units (see {@link SurfaceGeometry}): the world turns by an
 * azimuth about its height axis, tilts about the screen's horizontal axis, and is panned in the screen
 * plane; the camera looks along +Z from {@code distance} in front. The four numbers are properties, so
 * linked views bind them to one another.
 */
public final class CameraRig {
    static final double DEFAULT_AZIMUTH = -25;
    static final double DEFAULT_TILT = -55;
    static final double DEFAULT_DISTANCE = 2.6;
    private static final double MIN_DISTANCE = 0.3;
    private static final double MAX_DISTANCE = 20;
    /** Degrees per dragged pixel. */
    private static final double ROTATE_SPEED = 0.4;

    private final DoubleProperty azimuth = new SimpleDoubleProperty(DEFAULT_AZIMUTH);
    private final DoubleProperty tilt = new SimpleDoubleProperty(DEFAULT_TILT);
    private final DoubleProperty distance = new SimpleDoubleProperty(DEFAULT_DISTANCE);
    private final DoubleProperty panX = new SimpleDoubleProperty();
    private final DoubleProperty panY = new SimpleDoubleProperty();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Rotate azimuthRotate = new Rotate(0, Rotate.Z_AXIS);
    private final Rotate tiltRotate = new Rotate(0, Rotate.X_AXIS);
    private final Translate pan = new Translate();
    private double homeDistance = DEFAULT_DISTANCE;
    private double lastX;
    private double lastY;

    public CameraRig() {
        camera.setFieldOfView(30);
        camera.setNearClip(0.01);
        camera.setFarClip(100);
        camera.translateZProperty().bind(distance.negate());
        azimuthRotate.angleProperty().bind(azimuth);
        tiltRotate.angleProperty().bind(tilt);
        pan.xProperty().bind(panX);
        pan.yProperty().bind(panY);
    }

    public PerspectiveCamera camera() { return camera; }

    /** Puts the rig's transforms on the world: pan after tilt after azimuth. */
    public void attach(Node world) {
        world.getTransforms().setAll(pan, tiltRotate, azimuthRotate);
    }

    public DoubleProperty azimuthProperty() { return azimuth; }
    public DoubleProperty tiltProperty() { return tilt; }
    public DoubleProperty distanceProperty() { return distance; }
    public DoubleProperty panXProperty() { return panX; }
    public DoubleProperty panYProperty() { return panY; }

    /** Every camera move of one rig shows in the other too. */
    public void link(CameraRig other) {
        azimuth.bindBidirectional(other.azimuth);
        tilt.bindBidirectional(other.tilt);
        distance.bindBidirectional(other.distance);
        panX.bindBidirectional(other.panX);
        panY.bindBidirectional(other.panY);
    }

    public void reset() {
        azimuth.set(DEFAULT_AZIMUTH);
        tilt.set(DEFAULT_TILT);
        distance.set(homeDistance);
        panX.set(0);
        panY.set(0);
    }

    /**
     * Where {@link #reset} puts the camera: far enough that a sphere of {@code radius} view units about
     * the origin fits the field of view from any direction.
     */
    public void setHomeDistanceFor(double radius) {
        homeDistance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE,
                radius / Math.sin(Math.toRadians(camera.getFieldOfView() / 2))));
    }

    /** Turns by dragged pixels: sideways spins about the height axis, up/down tilts (kept between top and side view). */
    public void rotateBy(double dxPixels, double dyPixels) {
        azimuth.set(azimuth.get() - ROTATE_SPEED * dxPixels);
        tilt.set(Math.max(-90, Math.min(0, tilt.get() + ROTATE_SPEED * dyPixels)));
    }

    /** Moves closer ({@code factor} < 1) or further, within sensible limits. */
    public void zoomBy(double factor) {
        distance.set(Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance.get() * factor)));
    }

    /**
     * Shifts the world so that it follows the cursor, for a view whose side along the camera's field of
     * view (see {@link #fieldOfViewSpan}) is {@code viewSpan} pixels.
     */
    public void panBy(double dxPixels, double dyPixels, double viewSpan) {
        double unitsPerPixel = 2 * distance.get() * Math.tan(Math.toRadians(camera.getFieldOfView() / 2))
                / Math.max(1, viewSpan);
        panX.set(panX.get() + dxPixels * unitsPerPixel);
        panY.set(panY.get() + dyPixels * unitsPerPixel);
    }

    /** The pixels the field of view spans on {@code view}: its height or width, as the camera is set. */
    double fieldOfViewSpan(Node view) {
        return camera.isVerticalFieldOfView() ? view.getLayoutBounds().getHeight() : view.getLayoutBounds().getWidth();
    }

    /** Mouse control on {@code target}: drag rotates, scroll zooms, right/middle or shift-drag pans. */
    public void installMouseControl(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getSceneX() - lastX, dy = e.getSceneY() - lastY;
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            if (e.isShiftDown() || e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE) {
                panBy(dx, dy, fieldOfViewSpan(target));
            } else {
                rotateBy(dx, dy);
            }
        });
        target.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomBy(Math.pow(0.997, e.getDeltaY()));  // about 11 % per wheel notch
            }
        });
    }
}
