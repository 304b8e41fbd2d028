package org.operatorlab.ui.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.operatorlab.mesh.io.AtomicFiles;

/** PNG pictures of nodes, written atomically (temporary file, then rename). */
final class Snapshots {
    private Snapshots() { }

    /** Renders {@code node} as shown and writes it; callable from any thread (renders on the JavaFX thread). */
    static void savePng(Node node, Path png) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(render(node), null);
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available for " + png);
            }
        });
    }

    private static WritableImage render(Node node) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return node.snapshot(new SnapshotParameters(), null);
        }
        FutureTask<WritableImage> task = new FutureTask<>(() -> node.snapshot(new SnapshotParameters(), null));
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering the snapshot", e);
        } catch (ExecutionException e) {
            throw new IOException("rendering the snapshot failed: " + e.getCause(), e.getCause());
        }
    }
}
