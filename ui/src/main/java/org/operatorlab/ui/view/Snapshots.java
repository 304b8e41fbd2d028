package org.operatorlab.ui.view;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        write(SwingFXUtils.fromFXImage(render(node), null), png);
    }

    /** Renders the nodes and writes them side by side, {@code gap} white pixels apart, tops aligned. */
    static void savePngSideBySide(List<? extends Node> nodes, int gap, Path png) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (Node node : nodes) {
            images.add(SwingFXUtils.fromFXImage(render(node), null));
        }
        int width = gap * Math.max(0, images.size() - 1), height = 1;
        for (BufferedImage image : images) {
            width += image.getWidth();
            height = Math.max(height, image.getHeight());
        }
        BufferedImage row = new BufferedImage(Math.max(1, width), height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = row.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, row.getWidth(), height);
        int x = 0;
        for (BufferedImage image : images) {
            g.drawImage(image, x, 0, null);
            x += image.getWidth() + gap;
        }
        g.dispose();
        write(row, png);
    }

    private static void write(BufferedImage image, Path png) throws IOException {
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
