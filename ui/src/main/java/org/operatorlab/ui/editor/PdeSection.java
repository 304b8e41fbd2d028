package org.operatorlab.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.operatorlab.solvers.problem.CoefficientSlot;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.problem.PdeSpec;

/**
 * The PDE family and its coefficients, one editor per coefficient the family takes. Editors are kept by
 * coefficient name, so switching family and back keeps what was typed (and f stays f).
 */
final class PdeSection {
    static final String FAMILY_PATH = "$.pde.family";
    private static final String COEFFICIENTS = "$.pde.coefficients";

    private final ComboBox<PdeFamily> family = new ComboBox<>();
    private final MarkedField markedFamily;
    private final Label equation = new Label();
    private final VBox coefficientBox = new VBox(10);
    private final Map<String, CoefficientEditor> editors = new HashMap<>();
    private final Runnable edited;
    private final VBox view;

    PdeSection(Runnable edited) {
        this.edited = edited;
        family.setId("pdeFamily");
        family.getItems().setAll(PdeFamily.values());
        family.setCellFactory(list -> new FamilyCell());
        family.setButtonCell(new FamilyCell());
        family.setMaxWidth(Double.MAX_VALUE);
        markedFamily = new MarkedField(family);
        equation.getStyleClass().add("equation");
        family.valueProperty().addListener((o, before, now) -> showCoefficients());
        family.setValue(PdeFamily.POISSON);
        FormGrid.watch(family.valueProperty(), edited);
        FormGrid grid = new FormGrid();
        grid.row("family", markedFamily);
        grid.row("equation", equation);
        view = new VBox(10, grid, coefficientBox);
    }

    /** Shows the family's key and equation. */
    private static final class FamilyCell extends ListCell<PdeFamily> {
        @Override
        protected void updateItem(PdeFamily item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.key());
        }
    }

    private void showCoefficients() {
        PdeFamily f = family.getValue();
        equation.setText(f.equation());
        coefficientBox.getChildren().setAll(f.coefficients().stream().map(s -> editor(s).view()).toList());
    }

    private CoefficientEditor editor(CoefficientSlot slot) {
        String key = slot.name() + "/" + slot.components() + (slot.constantOnly() ? "/number" : "");
        return editors.computeIfAbsent(key, k -> {
            String path = JsonPath.child(COEFFICIENTS, slot.name());
            String hint = slot.constantOnly() ? "a number" : slot.components() == 2 ? "[bx, by]" : "";
            List<String> initial = slot.components() == 2 ? List.of("1", "0")
                    : List.of(slot.defaultValue() != null ? CoefficientEditor.text(slot.defaultValue()) : "1");
            // vectors and the spectral solvers' constants cannot be random
            String randomPath = slot.components() == 1 && !slot.constantOnly() ? JsonPath.child(path, "random") : null;
            return new CoefficientEditor(slot.name(), hint, path, randomPath, initial, edited);
        });
    }

    Node view() {
        return view;
    }

    PdeFamily family() {
        return family.getValue();
    }

    ReadOnlyObjectProperty<PdeFamily> familyProperty() {
        return family.valueProperty();
    }

    void write(FormJson json) {
        PdeFamily f = family();
        json.object("pde").string("family", f.key()).object("coefficients");
        for (CoefficientSlot slot : f.coefficients()) {
            editor(slot).writeCoefficient(json, slot.name());
        }
        json.end().end();
    }

    void fill(PdeSpec pde) {
        family.setValue(pde.family());
        for (CoefficientSlot slot : pde.family().coefficients()) {
            editor(slot).fill(pde.coefficients().get(slot.name()));
        }
    }

    void targets(Map<String, ErrorTarget> into) {
        into.put(FAMILY_PATH, markedFamily);
        for (CoefficientSlot slot : family().coefficients()) {
            editor(slot).targets(into);
        }
    }
}
