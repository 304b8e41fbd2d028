package org.operatorlab.ui.editor;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import org.operatorlab.solvers.problem.GeometrySpec;

/** The parameter fields of one geometry preset. */
interface ShapeParameters {
    Node view();

    /** Writes the geometry's keys after {@code "shape"}. */
    void write(FormJson json);

    /** Shows {@code spec}, which has this preset's shape; relative paths are shown relative to {@code baseDirectory}. */
    void fill(GeometrySpec spec, Path baseDirectory);

    /** The fields by JSON path. */
    void targets(Map<String, ErrorTarget> into);
}
