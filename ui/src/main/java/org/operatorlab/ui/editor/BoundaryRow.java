package org.operatorlab.ui.editor;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.operatorlab.solvers.problem.BoundaryCondition;

/**
 * The condition on one named boundary as typed: its type, the value (u for Dirichlet, du/dn for Neumann,
 * the right-hand side for Robin) and Robin's alpha; plus the reader's complaints by column.
 */
final class BoundaryRow {
    static final String TYPE = "type";
    static final String VALUE = "value";
    static final String ALPHA = "alpha";

    private final String name;
    private final StringProperty type = new SimpleStringProperty("dirichlet");
    private final StringProperty value = new SimpleStringProperty("0");
    private final StringProperty alpha = new SimpleStringProperty("1");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    BoundaryRow(String name) {
        this.name = name;
    }

    String name() { return name; }
    StringProperty typeProperty() { return type; }
    StringProperty valueProperty() { return value; }
    StringProperty alphaProperty() { return alpha; }

    /** The reader's message for a column ({@link #TYPE}, {@link #VALUE}, {@link #ALPHA}); absent when fine. */
    ObservableMap<String, String> errors() { return errors; }

    /** The JSON path of this boundary's condition. */
    String path() {
        return JsonPath.child("$.boundary", name);
    }

    void write(FormJson json) {
        json.object(name).string("type", type.get());
        switch (type.get()) {
            case "neumann" -> json.typed("flux", value.get());
            case "robin" -> json.typed("alpha", alpha.get()).typed("value", value.get());
            default -> json.typed("value", value.get());
        }
        json.end();
    }

    void copyCondition(BoundaryRow other) {
        type.set(other.type.get());
        value.set(other.value.get());
        alpha.set(other.alpha.get());
    }

    void fill(BoundaryCondition bc) {
        type.set(bc.type());
        if (bc instanceof BoundaryCondition.Dirichlet d) {
            value.set(CoefficientEditor.text(d.value()));
        } else if (bc instanceof BoundaryCondition.Neumann n) {
            value.set(CoefficientEditor.text(n.flux()));
        } else if (bc instanceof BoundaryCondition.Robin r) {
            alpha.set(CoefficientEditor.text(r.alpha()));
            value.set(CoefficientEditor.text(r.value()));
        }
    }

    /** The error target of one column. */
    ErrorTarget column(String column) {
        return new ErrorTarget() {
            @Override
            public void showError(String message) {
                errors.put(column, message);
            }

            @Override
            public void clearError() {
                errors.remove(column);
            }
        };
    }
}
