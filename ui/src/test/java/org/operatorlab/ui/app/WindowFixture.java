package org.operatorlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.operatorlab.solvers.problem.ProblemReader;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window of a headless test, opened on the repository's examples. */
final class WindowFixture {
    private WindowFixture() { }

    /** The repository root (surefire sets operatorlab.root). */
    static Path root() {
        String root = System.getProperty("operatorlab.root");
        assertNotNull(root, "operatorlab.root is set by surefire");
        return Path.of(root);
    }

    static Path example(String name) {
        return root().resolve("resources").resolve("problems").resolve(name);
    }

    static MainWindow show(Stage stage) {
        MainWindow window = new MainWindow(stage, new ProblemLibrary(root().resolve("resources").resolve("problems")),
                new org.operatorlab.ui.demo.DemoLibrary(root().resolve("resources")));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
        return window;
    }

    /**
     * Picks the gallery entry of {@code file} as a user would, by selecting it in the list, and waits until
     * the editor has read it and made it the current problem.
     */
    static void pick(FxRobot robot, MainWindow window, String file) throws Exception {
        robot.interact(() -> window.gallery().getItems().stream()
                .filter(e -> e.file().getFileName().toString().equals(file)).findFirst()
                .ifPresent(e -> window.gallery().getSelectionModel().select(e)));
        String name = ProblemReader.read(example(file)).name();
        await(30, () -> window.context().problem().map(p -> p.name().equals(name)).orElse(false)
                && example(file).toAbsolutePath().normalize().equals(window.context().fileProperty().get()));
    }

    /** Waits for a condition checked on the JavaFX thread. */
    static void await(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
