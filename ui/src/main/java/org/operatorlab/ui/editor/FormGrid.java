package org.operatorlab.ui.editor;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Two columns, label and field, one row per value; rows can be hidden without leaving a gap. */
final class FormGrid extends GridPane {
    private int rows;

    FormGrid() {
        setHgap(10);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A row that can be shown and hidden. */
    static final class Row {
        private final Node[] nodes;

        private Row(Node... nodes) {
            this.nodes = nodes;
        }

        void setShown(boolean shown) {
            for (Node n : nodes) {
                n.setVisible(shown);
                n.setManaged(shown);
            }
        }
    }

    Row row(String label, Node field) {
        Label name = new Label(label);
        name.setPadding(new Insets(4, 0, 0, 0));
        GridPane.setValignment(name, VPos.TOP);
        add(name, 0, rows);
        add(field, 1, rows);
        rows++;
        return new Row(name, field);
    }

    /** A node across both columns. */
    Row wide(Node node) {
        add(node, 0, rows, 2, 1);
        rows++;
        return new Row(node);
    }

    /** Calls {@code edited} whenever {@code value} changes. */
    static void watch(ObservableValue<?> value, Runnable edited) {
        value.addListener((o, before, after) -> edited.run());
    }
}
