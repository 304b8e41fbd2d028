package org.operatorlab.ui.view;

import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.scene.AmbientLight;
import javafx.scene.DirectionalLight;
import javafx.scene.Group;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.geometry.Point3D;

/**
 * A field as a texture-colormapped 3D surface in a {@link SubScene} with a depth buffer, seen through
 * a {@link CameraRig} (drag rotates, scroll zooms, right/shift-drag pans), with an optional overlay of
 * the mesh edges. Reports the domain point under the cursor for the probe. Needs
 * {@code ConditionalFeature.SCENE3D}.
 */
public final class Surface3DView extends Pane {
    /** How far the edge overlay floats above the surface, in view units (domain's larger side = 1). */
    private static final float WIREFRAME_LIFT = 0.002f;

    private final CameraRig rig = new CameraRig();
    private final TriangleMesh surfaceMesh = new TriangleMesh();
    private final TriangleMesh edgeMesh = new TriangleMesh();
    private final MeshView surface = new MeshView(surfaceMesh);
    private final MeshView edges = new MeshView(edgeMesh);
    private final PhongMaterial surfaceMaterial = new PhongMaterial(Color.WHITE);
    /** Holds the surface with its relief centred on the origin, so the camera orbits the relief's middle. */
    private final Group relief = new Group(surface, edges);
    private final SubScene subScene;
    private SurfaceGeometry geometry;
    private BiConsumer<Double, Double> onProbe = (x, y) -> { };

    public Surface3DView() {
        surface.setMaterial(surfaceMaterial);
        surface.setCullFace(CullFace.NONE);
        edges.setMaterial(new PhongMaterial(Color.gray(0.15, 0.55)));
        edges.setDrawMode(DrawMode.LINE);
        edges.setCullFace(CullFace.NONE);
        edges.setMouseTransparent(true);
        edges.setVisible(false);
        // Mostly ambient light keeps the colormap's colours true on faces turned to the viewer; a weak
        // light from the camera's side darkens steep faces just enough to show the relief.
        AmbientLight ambient = new AmbientLight(Color.gray(0.78));
        DirectionalLight key = new DirectionalLight(Color.gray(0.22));
        key.setDirection(new Point3D(0.25, 0.35, 1));
        Group world = new Group(relief);
        rig.attach(world);
        Group root = new Group(world, ambient, key);
        subScene = new SubScene(root, 100, 100, true, SceneAntialiasing.BALANCED);
        subScene.setFill(Color.WHITE);
        subScene.setCamera(rig.camera());
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        getChildren().add(subScene);
        // the field of view spans the narrower side, so the surface fits side-by-side views too
        rig.camera().verticalFieldOfViewProperty().bind(heightProperty().lessThanOrEqualTo(widthProperty()));
        setMinSize(150, 150);
        rig.installMouseControl(subScene);
        subScene.addEventHandler(MouseEvent.MOUSE_MOVED, e -> probe(e.getPickResult()));
        subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> probe(e.getPickResult()));
        subScene.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onProbe.accept(Double.NaN, Double.NaN));
    }

    public CameraRig rig() { return rig; }

    /**
     * Shows new geometry; keeps the faces when only the values changed (time series frames). A new mesh
     * brings the camera home, at a distance that fits the whole surface.
     */
    public void setGeometry(SurfaceGeometry g) {
        boolean sameFaces = geometry != null && Arrays.equals(geometry.faces(), g.faces());
        geometry = g;
        relief.setTranslateZ(-g.middleZ());
        if (!sameFaces) {
            rig.setHomeDistanceFor(g.boundingRadius());
            rig.reset();
        }
        surfaceMesh.getPoints().setAll(g.points());
        surfaceMesh.getTexCoords().setAll(g.texCoords());
        edgeMesh.getPoints().setAll(g.liftedPoints(WIREFRAME_LIFT));
        if (!sameFaces) {
            surfaceMesh.getFaces().setAll(g.faces());
            // the edge overlay is one colour: every corner uses texture coordinate 0
            edgeMesh.getTexCoords().setAll(0, 0);
            int[] edgeFaces = g.faces().clone();
            for (int i = 1; i < edgeFaces.length; i += 2) {
                edgeFaces[i] = 0;
            }
            edgeMesh.getFaces().setAll(edgeFaces);
        }
    }

    public void setColormap(Colormap colormap) {
        surfaceMaterial.setDiffuseMap(colormap.texture());
    }

    public void setWireframe(boolean shown) {
        edges.setVisible(shown);
    }

    /** Receives the domain point (x, y) under the cursor, or (NaN, NaN) when the cursor is off the surface. */
    public void setOnProbe(BiConsumer<Double, Double> onProbe) {
        this.onProbe = onProbe;
    }

    /** The surface's mesh (points, texture coordinates, faces as last set). */
    TriangleMesh surfaceMesh() {
        return surfaceMesh;
    }

    boolean isWireframeShown() {
        return edges.isVisible();
    }

    /** The coloured surface node (the one the probe picks). */
    MeshView surfaceNode() {
        return surface;
    }

    /** Reports the domain point of a pick on the surface, or (NaN, NaN) for a pick elsewhere. */
    void probe(PickResult pick) {
        if (geometry == null || pick == null || pick.getIntersectedNode() != surface) {
            onProbe.accept(Double.NaN, Double.NaN);
            return;
        }
        // the intersected point is in the surface's own coordinates, where X, Y are the placed domain
        Point3D local = pick.getIntersectedPoint();
        double[] xy = geometry.toDomain(local.getX(), local.getY());
        onProbe.accept(xy[0], xy[1]);
    }
}
