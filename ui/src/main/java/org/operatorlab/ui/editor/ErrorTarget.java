package org.operatorlab.ui.editor;

/** Something in the form that can show, in place, that the reader rejected its value. */
interface ErrorTarget {
    /** The style class of a control whose value the reader rejected (red border). */
    String ERROR_STYLE = "field-error";

    void showError(String message);

    void clearError();
}
