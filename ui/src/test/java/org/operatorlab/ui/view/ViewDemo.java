package org.operatorlab.ui.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.mesh.field.TimeStep;
import org.operatorlab.operators.engine.Comparison;
import org.operatorlab.operators.engine.ModelPredictor;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;
import org.operatorlab.solvers.solve.SolveOutcome;

/**
 * Manual look at the views (not a test): {@code ViewDemo field|curves problem.json [snapshot.png]}
 * solves the problem and shows the result in a {@link FieldView}; with a PNG path it saves a
 * snapshot after two seconds. Run under a display with {@code -Dprism.forceGPU=true} for 3D.
 */
public final class ViewDemo {
    private ViewDemo() { }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The demo window (a nested class: a main class extending Application needs JavaFX as modules). */
    public static final class Window extends Application {

    /** A trained model's prediction next to the classical solution of the same random input (seed 0). */
    private void showComparison(Stage stage, Problem problem, ProblemDomain domain, Path model, Path png)
            throws Exception {
        ModelPredictor predictor = ModelPredictor.load(model);
        predictor.checkCompatible(problem, domain);
        Comparison c = predictor.compare(problem, domain, 0, ProgressListener.NONE, CancellationToken.none());
        System.out.println("relative L2 error of the prediction: " + c.relativeL2());
        TriangleMesh mesh = domain instanceof ProblemDomain.Triangulated t ? t.mesh()
                : GridTriangulation.of(((ProblemDomain.Grid) domain).grid());
        ComparisonView view = new ComparisonView();
        view.show(mesh, c.reference(), c.prediction().values());
        view.referenceView().setWireframe(false);
        stage.setTitle("ComparisonView demo: " + problem.name());
        stage.setScene(new Scene(view, 1380, 560));
        stage.show();
        if (png != null) {
            PauseTransition later = new PauseTransition(Duration.seconds(2));
            later.setOnFinished(e -> {
                try {
                    view.saveSnapshot(png);
                    System.out.println("saved " + png);
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
            });
            later.play();
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        String mode = args.get(0);
        Problem problem = ProblemReader.read(Path.of(args.get(1)));
        ProblemDomain domain = ProblemDomains.mesh(problem);
        if (mode.equals("compare")) {
            showComparison(stage, problem, domain, Path.of(args.get(2)), args.size() > 3 ? Path.of(args.get(3)) : null);
            return;
        }
        SolveOutcome outcome = new ProblemSolver(SolveOptions.defaults())
                .solve(problem, domain, ProgressListener.NONE, CancellationToken.none());
        String name = outcome.fields().find("u").isPresent() ? "u" : "w";
        FieldView view = new FieldView();
        Parent root = view;
        if (mode.equals("curves")) {
            ProblemDomain.Grid grid = (ProblemDomain.Grid) domain;
            double[] x = new double[grid.grid().nx()];
            for (int i = 0; i < x.length; i++) {
                x[i] = grid.grid().x(i);
            }
            Map<String, double[]> curves = new LinkedHashMap<>();
            List<TimeStep> steps = outcome.series().steps();
            for (int k = 0; k < steps.size(); k += Math.max(1, steps.size() / 4)) {
                curves.put("t = " + ValueText.of(steps.get(k).time()), steps.get(k).fields().get(name).values());
            }
            view.showCurves("x", x, curves);
        } else {
            TriangleMesh mesh = domain instanceof ProblemDomain.Triangulated t ? t.mesh()
                    : GridTriangulation.of(((ProblemDomain.Grid) domain).grid());
            view.setWireframe(true);
            if (outcome.series() != null && outcome.series().size() > 1) {
                List<double[]> frames = new ArrayList<>();
                double[] times = new double[outcome.series().size()];
                for (int k = 0; k < times.length; k++) {
                    times[k] = outcome.series().step(k).time();
                    frames.add(outcome.series().step(k).fields().get(name).values());
                }
                view.showSeries(mesh, name, times, frames);
                view.showFrame(times.length / 4);
            } else {
                view.showField(mesh, name, outcome.fields().get(name).values());
            }
        }
        stage.setTitle("FieldView demo: " + problem.name() + (view.is3D() ? " (3D)" : " (flat)"));
        stage.setScene(new Scene(root, 1000, 720));
        stage.show();
        if (args.size() > 2) {
            PauseTransition later = new PauseTransition(Duration.seconds(2));
            later.setOnFinished(e -> {
                try {
                    view.saveSnapshot(Path.of(args.get(2)));
                    System.out.println("saved " + args.get(2) + ", 3D: " + view.is3D());
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
            });
            later.play();
        }
    }

    }
}
