package org.operatorlab.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.operatorlab.solvers.problem.Problem;

/**
 * One row per named boundary of the geometry: the condition type and its values, edited in place (no
 * edit mode: every keystroke is checked, as in the rest of the form).
 */
final class BoundaryTable {
    private static final double ROW_HEIGHT = 34;

    private final TableView<BoundaryRow> table = new TableView<>();
    private final Label error = new Label();
    private final Runnable edited;
    private final VBox view;

    BoundaryTable(Runnable edited) {
        this.edited = edited;
        table.setId("boundaryTable");
        table.setEditable(true);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No boundary takes a condition (all sides are periodic)."));
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(table.getItems())
                .multiply(ROW_HEIGHT).add(30));
        table.setMinHeight(ROW_HEIGHT * 2);

        TableColumn<BoundaryRow, BoundaryRow> name = column("boundary", 90);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BoundaryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.name());
            }
        });
        name.setStyle("-fx-alignment: CENTER-LEFT;");
        TableColumn<BoundaryRow, BoundaryRow> type = column("type", 110);
        type.setCellFactory(c -> new TypeCell());
        TableColumn<BoundaryRow, BoundaryRow> value = column("value u / flux du/dn", 170);
        value.setCellFactory(c -> new TextCell(BoundaryRow.VALUE, BoundaryRow::valueProperty));
        TableColumn<BoundaryRow, BoundaryRow> alpha = column("alpha (Robin)", 90);
        alpha.setCellFactory(c -> new TextCell(BoundaryRow.ALPHA, BoundaryRow::alphaProperty));
        table.getColumns().setAll(List.of(name, type, value, alpha));

        error.setId("boundaryError");
        error.getStyleClass().add("field-error-message");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        view = new VBox(4, table, error);
    }

    private static TableColumn<BoundaryRow, BoundaryRow> column(String title, double width) {
        TableColumn<BoundaryRow, BoundaryRow> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** A cell whose control is bound to one row's property and shows that column's error. */
    private abstract static class BoundCell extends TableCell<BoundaryRow, BoundaryRow> {
        private final String column;
        private BoundaryRow row;
        private final MapChangeListener<String, String> errorListener = change -> showError();

        BoundCell(String column) {
            this.column = column;
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        abstract Control control();

        abstract void bind(BoundaryRow row);

        abstract void unbind(BoundaryRow row);

        @Override
        protected void updateItem(BoundaryRow item, boolean empty) {
            super.updateItem(item, empty);
            if (row != null) {
                unbind(row);
                row.errors().removeListener(errorListener);
            }
            row = empty ? null : item;
            if (row == null) {
                setGraphic(null);
                return;
            }
            bind(row);
            row.errors().addListener(errorListener);
            control().setId(JsonPath.id(JsonPath.child(row.path(), column)));
            showError();
            setGraphic(control());
        }

        private void showError() {
            String message = row == null ? null : row.errors().get(column);
            Control c = control();
            c.getStyleClass().remove(ErrorTarget.ERROR_STYLE);
            c.setTooltip(message == null ? null : new Tooltip(message));
            if (message != null) {
                c.getStyleClass().add(ErrorTarget.ERROR_STYLE);
            }
        }
    }

    private static final class TypeCell extends BoundCell {
        private final ComboBox<String> combo = new ComboBox<>();

        TypeCell() {
            super(BoundaryRow.TYPE);
            combo.getItems().setAll("dirichlet", "neumann", "robin");
            combo.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        Control control() { return combo; }

        @Override
        void bind(BoundaryRow row) { combo.valueProperty().bindBidirectional(row.typeProperty()); }

        @Override
        void unbind(BoundaryRow row) { combo.valueProperty().unbindBidirectional(row.typeProperty()); }
    }

    private static final class TextCell extends BoundCell {
        private final TextField field = new TextField();
        private final Function<BoundaryRow, StringProperty> property;
        private final boolean alpha;

        TextCell(String column, Function<BoundaryRow, StringProperty> property) {
            super(column);
            this.property = property;
            this.alpha = column.equals(BoundaryRow.ALPHA);
        }

        @Override
        Control control() { return field; }

        @Override
        void bind(BoundaryRow row) {
            field.textProperty().bindBidirectional(property.apply(row));
            if (alpha) {
                field.disableProperty().bind(row.typeProperty().isNotEqualTo("robin"));
            }
        }

        @Override
        void unbind(BoundaryRow row) {
            field.textProperty().unbindBidirectional(property.apply(row));
            field.disableProperty().unbind();
        }
    }

    Node view() {
        return view;
    }

    List<BoundaryRow> rows() {
        return List.copyOf(table.getItems());
    }

    /**
     * Makes the rows those of {@code names} (the boundaries the reader says take a condition), keeping what was
     * typed for names still there; new boundaries start as u = 0. Returns whether the rows changed.
     */
    boolean sync(List<String> names) {
        List<BoundaryRow> before = List.copyOf(table.getItems());
        if (names.equals(before.stream().map(BoundaryRow::name).toList())) {
            return false;
        }
        Map<String, BoundaryRow> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(r.name(), r));
        List<BoundaryRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            BoundaryRow row = old.get(n);
            if (row == null) {
                row = newRow(n);
                // a boundary renamed in place (a polygon's loop name being typed) keeps its condition
                if (i < before.size() && !names.contains(before.get(i).name())) {
                    row.copyCondition(before.get(i));
                }
            }
            rows.add(row);
        }
        table.getItems().setAll(rows);
        return true;
    }

    private BoundaryRow newRow(String name) {
        BoundaryRow row = new BoundaryRow(name);
        FormGrid.watch(row.typeProperty(), edited);
        FormGrid.watch(row.valueProperty(), edited);
        FormGrid.watch(row.alphaProperty(), edited);
        return row;
    }

    void write(FormJson json) {
        if (table.getItems().isEmpty()) {
            return;
        }
        json.object("boundary");
        table.getItems().forEach(r -> r.write(json));
        json.end();
    }

    /** Shows every boundary's condition (u = 0 where the problem states none). */
    void fill(Problem problem) {
        table.getItems().clear();
        sync(problem.boundaryNames());
        for (BoundaryRow row : table.getItems()) {
            row.fill(problem.boundaryCondition(row.name()));
        }
    }

    void targets(Map<String, ErrorTarget> into) {
        for (BoundaryRow row : table.getItems()) {
            ErrorTarget value = labelled(row, row.column(BoundaryRow.VALUE));
            into.put(JsonPath.child(row.path(), BoundaryRow.TYPE), labelled(row, row.column(BoundaryRow.TYPE)));
            into.put(JsonPath.child(row.path(), "value"), value);
            into.put(JsonPath.child(row.path(), "flux"), value);
            into.put(JsonPath.child(row.path(), BoundaryRow.ALPHA), labelled(row, row.column(BoundaryRow.ALPHA)));
        }
        into.put("$.boundary", labelled(null, null));
    }

    /** A cell's mark plus the message under the table, prefixed with the boundary's name. */
    private ErrorTarget labelled(BoundaryRow row, ErrorTarget cell) {
        return new ErrorTarget() {
            @Override
            public void showError(String message) {
                if (cell != null) {
                    cell.showError(message);
                }
                error.setText(row == null ? message : row.name() + ": " + message);
                error.setVisible(true);
                error.setManaged(true);
            }

            @Override
            public void clearError() {
                if (cell != null) {
                    cell.clearError();
                }
                error.setText("");
                error.setVisible(false);
                error.setManaged(false);
            }
        };
    }
}
