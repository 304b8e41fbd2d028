package org.operatorlab.ui.editor;

import java.util.List;

/** Something in the form that can show, in place, that the reader rejected its value. */
interface ErrorTarget {
    /** The style class of a control whose value the reader rejected (red border). */
    String ERROR_STYLE = "field-error";

    /** Marks the field and says {@code message} next to it. */
    void showError(String message);

    /** Marks the field without repeating the message next to it (another field of its group says it). */
    default void markOnly(String message) {
        showError(message);
    }

    void clearError();

    /** Several fields one error is about: all marked, the message said once, under the last. */
    static ErrorTarget group(List<ErrorTarget> members) {
        List<ErrorTarget> all = List.copyOf(members);
        return new ErrorTarget() {
            @Override
            public void showError(String message) {
                for (int i = 0; i < all.size(); i++) {
                    if (i == all.size() - 1) {
                        all.get(i).showError(message);
                    } else {
                        all.get(i).markOnly(message);
                    }
                }
            }

            @Override
            public void markOnly(String message) {
                all.forEach(t -> t.markOnly(message));
            }

            @Override
            public void clearError() {
                all.forEach(ErrorTarget::clearError);
            }
        };
    }
}
