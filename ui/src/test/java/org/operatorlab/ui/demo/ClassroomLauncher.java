package org.operatorlab.ui.demo;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.operatorlab.ui.task.StatusBarJobs;
import org.operatorlab.ui.workflow.ComparePanel;
import org.operatorlab.ui.workflow.ProblemContext;
import org.operatorlab.ui.workflow.ShownResults;
import org.operatorlab.ui.workflow.TrainPanel;

/**
 * Opens one of this package's screens in a window, for looking at it (and screenshots under Xvfb):
 * {@code demo PART} runs the demo whose file name contains PART; {@code train DATA.npz} trains an FNO
 * for a few epochs; {@code compare MODEL.olm PROBLEM.json SEED} compares a model. Run with
 * {@code -Doperatorlab.home=REPO -Dprism.forceGPU=true}; not a test.
 */
public final class ClassroomLauncher extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        java.util.List<String> args = getParameters().getRaw();
        Label status = new Label("Ready");
        ProgressBar progress = new ProgressBar(0);
        StatusBarJobs jobs = new StatusBarJobs(status, progress);
        BorderPane root = new BorderPane();
        root.setBottom(new HBox(12, status, progress));
        switch (args.get(0)) {
            case "demo" -> {
                DemoResultView view = new DemoResultView();
                DemoGallery gallery = new DemoGallery(jobs, DemoLibrary.fromHome(), view::show);
                gallery.setPrefWidth(360);
                root.setLeft(gallery);
                root.setCenter(view);
                gallery.select(args.get(1));
                gallery.run(gallery.selected());
            }
            case "train" -> {
                TrainPanel train = new TrainPanel(jobs, new ProblemContext());
                train.setDataSet(Path.of(args.get(1)));
                train.form().set("epochs", args.size() > 2 ? args.get(2) : "8");
                train.form().set("width", "8");
                train.form().set("modes", "6");
                root.setCenter(train);
                train.train();
            }
            case "compare" -> {
                ProblemContext context = new ProblemContext();
                context.setProblem(org.operatorlab.solvers.problem.ProblemReader.read(Path.of(args.get(2))), Path.of(args.get(2)));
                ComparePanel compare = new ComparePanel(jobs, context, new ShownResults(),
                        new javafx.beans.property.SimpleObjectProperty<>());
                root.setCenter(compare);
                compare.setSeed(Integer.parseInt(args.get(3)));
                compare.loadModel(Path.of(args.get(1)));
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
                later.setOnFinished(e -> compare.compare());
                later.play();
            }
            default -> throw new IllegalArgumentException("demo PART | train DATA.npz [EPOCHS] | compare MODEL PROBLEM SEED");
        }
        stage.setTitle("OperatorLab classroom");
        stage.setScene(new Scene(root, 1400, 900));
        stage.show();
    }

    /** Entry point on the class path (a main class extending Application needs JavaFX as modules). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ClassroomLauncher.class, args);
        }
    }
}
