package org.operatorlab.ui.workflow;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the panels show now, one result per panel, so the Export panel can write "everything shown".
 * JavaFX thread only.
 */
public final class ShownResults {
    private final ObservableList<ShownResult> results = FXCollections.observableArrayList();
    private final ObservableList<ShownResult> readOnly = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyObjectWrapper<ShownResult> latest = new ReadOnlyObjectWrapper<>(this, "latest");

    /** Shows {@code result} in place of what its panel showed before. */
    public void publish(ShownResult result) {
        results.removeIf(r -> r.panel().equals(result.panel()));
        results.add(result);
        latest.set(result);
    }

    /** Forgets what {@code panel} showed (e.g. when another problem is opened). */
    public void withdraw(String panel) {
        results.removeIf(r -> r.panel().equals(panel));
        if (latest.get() != null && !results.contains(latest.get())) {
            latest.set(results.isEmpty() ? null : results.get(results.size() - 1));
        }
    }

    public ObservableList<ShownResult> all() {
        return readOnly;
    }

    /** The result published last. */
    public ReadOnlyObjectProperty<ShownResult> latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
