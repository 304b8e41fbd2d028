/**
 * Field pictures for every panel: {@link org.operatorlab.ui.view.FieldView} (one field, a time series or
 * 1D curves) and {@link org.operatorlab.ui.view.ComparisonView} (reference, prediction, |error|).
 *
 * <p>With JavaFX 3D (a GPU pipeline; under Xvfb/Mesa start with {@code -Dprism.forceGPU=true}) a field is a
 * {@link org.operatorlab.ui.view.Surface3DView}: the arrays of {@link org.operatorlab.ui.view.SurfaceMeshBuilder}
 * in a {@code MeshView} whose texture is the colormap strip, seen through a {@link org.operatorlab.ui.view.CameraRig}.
 * Without 3D (Monocle, the software pipeline) the same field is drawn flat by
 * {@link org.operatorlab.ui.view.MeshCanvas} with the same P1 colouring; colour bar, probe and wireframe work in both.
 */
package org.operatorlab.ui.view;
