package org.operatorlab.ui.editor;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A form control with room for its error below it: a red border on the control, the reader's message under it. */
final class MarkedField extends VBox implements ErrorTarget {
    private final Control control;
    private final Label message = new Label();
    private final Tooltip help;

    MarkedField(Control control) {
        super(2);
        this.control = control;
        this.help = control.getTooltip();
        message.getStyleClass().add("field-error-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        show(false);
        getChildren().addAll(control, message);
    }

    /** Marks {@code control} with its own path-derived id (unless it already has one) and wraps it. */
    static MarkedField at(String path, Control control) {
        if (control.getId() == null) {
            control.setId(JsonPath.id(path));
        }
        return new MarkedField(control);
    }

    Control control() {
        return control;
    }

    /** The message shown under the control; empty when the value is fine. */
    String message() {
        return message.getText();
    }

    @Override
    public void showError(String text) {
        markOnly(text);
        message.setText(text);
        show(true);
    }

    @Override
    public void markOnly(String text) {
        if (!control.getStyleClass().contains(ERROR_STYLE)) {
            control.getStyleClass().add(ERROR_STYLE);
        }
        control.setTooltip(new Tooltip(text));
    }

    @Override
    public void clearError() {
        control.getStyleClass().remove(ERROR_STYLE);
        control.setTooltip(help);
        message.setText("");
        show(false);
    }

    private void show(boolean visible) {
        message.setVisible(visible);
        message.setManaged(visible);
    }
}
