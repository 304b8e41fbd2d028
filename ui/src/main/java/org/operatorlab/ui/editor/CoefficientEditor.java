package org.operatorlab.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.ExpressionCoefficient;
import org.operatorlab.solvers.problem.RandomCoefficient;
import org.operatorlab.solvers.problem.RandomFieldSpec;

/**
 * One coefficient (or the initial condition): a number or an expression in x, y, t per component, or,
 * where the problem allows it, a random field ({@code grf}, or {@code grf_threshold} for two-valued media).
 */
final class CoefficientEditor {
    /** What the coefficient is. */
    enum Kind {
        VALUE("number or expression"),
        GRF("random field (grf)"),
        GRF_THRESHOLD("random two-valued field (grf_threshold)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The random field's keys in the file with their labels and values for a new field; sigma blank = default. */
    private static final List<String[]> RANDOM_KEYS = List.of(
            new String[] {"alpha", "alpha (smoothness)", "2"},
            new String[] {"tau", "tau (inverse length)", "3"},
            new String[] {"sigma", "sigma (amplitude)", ""},
            new String[] {"mean", "mean", "0"},
            new String[] {"threshold", "threshold", "0"},
            new String[] {"above", "value above", "12"},
            new String[] {"below", "value below", "3"});

    private final String valuePath;
    private final String randomPath;
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final List<MarkedField> components = new ArrayList<>();
    private final Map<String, MarkedField> random = new LinkedHashMap<>();
    private final Map<String, FormGrid.Row> randomRows = new LinkedHashMap<>();
    private final HBox valueRow = new HBox(6);
    private final FormGrid randomGrid = new FormGrid();
    private final VBox view;

    /**
     * @param valuePath the JSON path of the value ({@code $.pde.coefficients.f}, {@code $.initial.value})
     * @param randomPath the JSON path of the random field object, or null when the coefficient cannot be random
     * @param initial the text of each component for a new coefficient
     */
    CoefficientEditor(String label, String equationHint, String valuePath, String randomPath, List<String> initial,
                      Runnable edited) {
        this.valuePath = valuePath;
        this.randomPath = randomPath;
        for (int i = 0; i < initial.size(); i++) {
            TextField field = new TextField(initial.get(i));
            field.setPromptText(initial.size() == 1 ? "number or expression in x, y, t" : i == 0 ? "bx" : "by");
            String path = initial.size() == 1 ? valuePath : JsonPath.element(valuePath, i);
            MarkedField marked = MarkedField.at(path, field);
            FormGrid.watch(field.textProperty(), edited);
            components.add(marked);
            HBox.setHgrow(marked, Priority.ALWAYS);
            valueRow.getChildren().add(marked);
        }
        Label name = new Label(label);
        name.getStyleClass().add("form-subtitle");
        Label hint = new Label(equationHint);
        hint.getStyleClass().add("form-note");
        HBox header = new HBox(8, name, hint);
        view = new VBox(4, header);
        if (randomPath != null) {
            kind.getItems().setAll(Kind.values());
            kind.setValue(Kind.VALUE);
            kind.setId(JsonPath.id(valuePath) + "-kind");
            FormGrid.watch(kind.valueProperty(), edited);
            for (String[] key : RANDOM_KEYS) {
                TextField field = new TextField(key[2]);
                if (key[0].equals("sigma")) {
                    field.setPromptText("default tau^(alpha - d/2)");
                }
                MarkedField marked = MarkedField.at(JsonPath.child(randomPath, key[0]), field);
                FormGrid.watch(field.textProperty(), edited);
                random.put(key[0], marked);
                randomRows.put(key[0], randomGrid.row(key[1], marked));
            }
            kind.valueProperty().addListener((o, before, now) -> layOut());
            header.getChildren().add(1, kind);
            view.getChildren().addAll(valueRow, randomGrid);
            layOut();
        } else {
            view.getChildren().add(valueRow);
        }
    }

    private void layOut() {
        Kind k = kind.getValue();
        boolean value = k == Kind.VALUE;
        valueRow.setVisible(value);
        valueRow.setManaged(value);
        randomGrid.setVisible(!value);
        randomGrid.setManaged(!value);
        randomRows.get("mean").setShown(k == Kind.GRF);
        for (String key : List.of("threshold", "above", "below")) {
            randomRows.get(key).setShown(k == Kind.GRF_THRESHOLD);
        }
    }

    Node view() {
        return view;
    }

    private boolean isRandom() {
        return randomPath != null && kind.getValue() != Kind.VALUE;
    }

    /** Writes member {@code key} as the problem file states a coefficient: value, [bx, by] or {"random": ...}. */
    void writeCoefficient(FormJson json, String key) {
        if (isRandom()) {
            json.object(key);
            writeRandom(json, "random");
            json.end();
        } else if (components.size() == 1) {
            json.typed(key, text(0));
        } else {
            json.array(key);
            for (int i = 0; i < components.size(); i++) {
                json.typed(text(i));
            }
            json.endArray();
        }
    }

    /** Writes the members of an initial condition: {@code "value"} or {@code "random"}. */
    void writeInitial(FormJson json) {
        if (isRandom()) {
            writeRandom(json, "random");
        } else {
            json.typed("value", text(0));
        }
    }

    private void writeRandom(FormJson json, String key) {
        boolean threshold = kind.getValue() == Kind.GRF_THRESHOLD;
        json.object(key).string("type", threshold ? "grf_threshold" : "grf");
        List<String> keys = threshold ? List.of("alpha", "tau", "sigma", "threshold", "above", "below")
                : List.of("alpha", "tau", "sigma", "mean");
        for (String k : keys) {
            String text = ((TextField) random.get(k).control()).getText();
            if (!(k.equals("sigma") && text.isBlank())) {
                json.typed(k, text);
            }
        }
        json.end();
    }

    private String text(int component) {
        return ((TextField) components.get(component).control()).getText();
    }

    /** Shows {@code values} (one per component). */
    void fill(List<Coefficient> values) {
        if (values.size() == 1 && values.get(0) instanceof RandomCoefficient r && randomPath != null) {
            fillRandom(r.field());
            return;
        }
        if (randomPath != null) {
            kind.setValue(Kind.VALUE);
        }
        for (int i = 0; i < components.size() && i < values.size(); i++) {
            ((TextField) components.get(i).control()).setText(text(values.get(i)));
        }
    }

    private void fillRandom(RandomFieldSpec field) {
        set("alpha", field.alpha());
        set("tau", field.tau());
        set("sigma", field.sigma());
        if (field instanceof RandomFieldSpec.Grf g) {
            set("mean", g.mean());
            kind.setValue(Kind.GRF);
        } else if (field instanceof RandomFieldSpec.GrfThreshold t) {
            set("threshold", t.threshold());
            set("above", t.above());
            set("below", t.below());
            kind.setValue(Kind.GRF_THRESHOLD);
        }
    }

    private void set(String key, double value) {
        ((TextField) random.get(key).control()).setText(NumberText.format(value));
    }

    /** The text of a deterministic coefficient: its number or its expression. */
    static String text(Coefficient c) {
        if (c instanceof Constant k) {
            return NumberText.format(k.value());
        }
        if (c instanceof ExpressionCoefficient e) {
            return e.source();
        }
        throw new IllegalArgumentException("a random coefficient has no single value");
    }

    void targets(Map<String, ErrorTarget> into) {
        if (components.size() == 1) {
            into.put(valuePath, components.get(0));
        } else {
            for (int i = 0; i < components.size(); i++) {
                into.put(JsonPath.element(valuePath, i), components.get(i));
            }
        }
        if (randomPath != null) {
            random.forEach((key, field) -> into.put(JsonPath.child(randomPath, key), field));
        }
    }
}
