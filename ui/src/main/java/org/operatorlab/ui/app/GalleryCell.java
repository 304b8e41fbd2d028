package org.operatorlab.ui.app;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A gallery entry: the problem's name, wrapped to the list's width, over its file name in grey. */
final class GalleryCell extends ListCell<ProblemLibrary.Entry> {
    private final Label title = new Label();
    private final Label file = new Label();
    private final VBox box = new VBox(1, title, file);

    GalleryCell() {
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 13px;");
        file.setStyle("-fx-font-size: 11px; -fx-text-fill: #777;");
        // wrap inside the list, never wider than it (no horizontal scroll bar)
        box.maxWidthProperty().bind(listViewProperty().flatMap(l -> l.widthProperty()).map(w -> w.doubleValue() - 24));
        title.maxWidthProperty().bind(box.maxWidthProperty());
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ProblemLibrary.Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        title.setText(entry.title());
        file.setText(entry.file().getFileName().toString());
        setText(null);
        setGraphic(box);
    }
}
