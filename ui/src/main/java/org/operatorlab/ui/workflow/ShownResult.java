package org.operatorlab.ui.workflow;

import java.util.Objects;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.field.TimeSeries;
import javafx.scene.Node;

/**
 * Something a panel shows and the Export panel can write: the fields (with their mesh or grid), the
 * time series when there is one, and the view to take a PNG of.
 *
 * @param panel  the panel showing it ("Solve", "Compare", ...); a panel shows one result at a time
 * @param title  what it is, e.g. the problem's name
 * @param fields every field shown or used (solution and inputs), on one domain
 * @param series snapshots in time, or null
 * @param view   the view on screen to take the PNG of (a {@link org.operatorlab.ui.view.FieldView} or
 *               {@link org.operatorlab.ui.view.ComparisonView}), or null when there is nothing to take a picture of
 */
public record ShownResult(String panel, String title, FieldSet fields, TimeSeries series, Node view) {
    public ShownResult {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String toString() {
        return panel + ": " + title;
    }
}
