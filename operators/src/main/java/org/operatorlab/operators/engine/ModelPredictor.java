package org.operatorlab.operators.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.model.ModelFileException;
import org.operatorlab.solvers.data.ProblemSampling;
import org.operatorlab.solvers.data.SampleSeeds;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * Uses a trained model of any engine: predicts a problem's solution, compares it with the classical
 * solver (error and speed-up), and measures its error on a data set. What the CLI's {@code predict}
 * and {@code evaluate} and the GUI's Compare panel call. Every refusal (damaged file, model used on an
 * incompatible problem) is an {@link IllegalArgumentException} with a one-line message.
 */
public final class ModelPredictor {
    private static final int TIMED_RUNS = 5;
    private static final double WARM_UP_SECONDS = 1;
    private static final int MIN_WARM_UP_RUNS = 3;
    private static final int MAX_WARM_UP_RUNS = 30;
    private static final double SLOW_SOLVE_SECONDS = 2;
    private static final int EVALUATION_CHUNK = 16;

    private final EngineModel model;
    private final ModelFile file;

    ModelPredictor(EngineModel model, ModelFile file) {
        this.model = model;
        this.file = file;
    }

    /** Reads a model file of any engine. */
    public static ModelPredictor load(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        try {
            ModelFile file = ModelFile.read(path);
            return new ModelPredictor(EngineModels.fromFile(file), file);
        } catch (ModelFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public EngineKind kind() { return model.kind(); }
    public EngineModel model() { return model; }

    /** The file's metadata: the problem it was trained for, its training summary. */
    public ModelFile file() { return file; }

    /** The problem the model was trained for. */
    public Problem trainedProblem() {
        if (file.problemJson() == null) {
            throw new IllegalArgumentException("model file " + file.source() + " does not record the problem it was"
                    + " trained for");
        }
        return ProblemReader.read(file.problemJson(), "model file " + file.source());
    }

    /**
     * Refuses a problem of another PDE family or geometry than the model was trained for, or a domain the
     * engine cannot answer on.
     */
    public void checkCompatible(Problem problem, ProblemDomain domain) {
        try {
            file.checkCompatible(problem);
        } catch (ModelFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        model.checkDomain(domain);
    }

    /**
     * Predicts the solution for the problem's random input drawn with {@code seed} (exactly the sample
     * {@code solve --seed} solves); the PINN takes no input and answers its own problem (at the final
     * time of a time-dependent one).
     */
    public Prediction predict(Problem problem, ProblemDomain domain, long seed) {
        checkCompatible(problem, domain);
        double[] input = model.takesInput() ? drawInput(problem, seed) : null;
        long start = System.nanoTime();
        double[] values = model.predict(domain, new double[][] {input})[0];
        return new Prediction(domain, input, values, (System.nanoTime() - start) * 1e-9);
    }

    /**
     * Predicts, solves the same input classically, and times both alike: each is repeated for a warm-up
     * of at least {@value #WARM_UP_SECONDS} s (the JIT compiles the kernels only after a few runs), then
     * the median of a few more runs is its steady cost. A classical solve slower than
     * {@value #SLOW_SOLVE_SECONDS} s is timed once.
     */
    public Comparison compare(Problem problem, ProblemDomain domain, long seed, ProgressListener progress,
                              CancellationToken cancel) {
        Prediction prediction = predict(problem, domain, seed);
        ClassicalReference.Solved reference = ClassicalReference.solve(problem, domain, seed, progress, cancel);
        double[] u = reference.values();
        if (u.length != prediction.values().length) {
            throw new IllegalStateException("the classical solution has " + u.length + " nodal values but the prediction "
                    + prediction.values().length);
        }
        double[] error = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            error[i] = prediction.values()[i] - u[i];
        }
        double[][] input = {prediction.input()};
        double inference = steadySeconds(() -> {
            long start = System.nanoTime();
            model.predict(domain, input);
            return (System.nanoTime() - start) * 1e-9;
        }, cancel);
        double classical = reference.seconds();
        if (classical <= SLOW_SOLVE_SECONDS) {
            classical = steadySeconds(() -> ClassicalReference.solve(problem, domain, seed, ProgressListener.NONE, cancel)
                    .seconds(), cancel);
        }
        return new Comparison(prediction, u, error, RelativeL2.of(prediction.values(), u), inference, classical);
    }

    /** Relative L2 error of every sample of a data set of {@code generate}. */
    public double[] evaluate(DataSetFile set, CancellationToken cancel) {
        if (!model.takesInput()) {
            throw new IllegalArgumentException("a pinn model solves the one problem it was trained for; evaluate it"
                    + " against the classical solve of that problem (no --data)");
        }
        Problem problem = set.problem();
        ProblemDomain domain = ProblemDomains.mesh(problem);
        checkCompatible(problem, domain);
        int n = set.samples();
        double[] errors = new double[n];
        for (int from = 0; from < n; from += EVALUATION_CHUNK) {
            cancel.throwIfCancelled();
            double[][] inputs = new double[Math.min(EVALUATION_CHUNK, n - from)][];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = set.input(from + i);
            }
            double[][] predictions = model.predict(domain, inputs);
            for (int i = 0; i < inputs.length; i++) {
                errors[from + i] = RelativeL2.of(predictions[i], set.output(from + i));
            }
        }
        return errors;
    }

    /** The PINN's error against the classical solve of the problem it was trained for. */
    public Comparison evaluateOnOwnProblem(ProgressListener progress, CancellationToken cancel) {
        Problem problem = trainedProblem();
        return compare(problem, ProblemDomains.mesh(problem), 0, progress, cancel);
    }

    /** Runs {@code timed} through the warm-up, then returns the median of {@value #TIMED_RUNS} more runs. */
    private static double steadySeconds(java.util.function.DoubleSupplier timed, CancellationToken cancel) {
        long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        for (int r = 0; r < MAX_WARM_UP_RUNS && (r < MIN_WARM_UP_RUNS || System.nanoTime() < warmUpEnd); r++) {
            cancel.throwIfCancelled();
            timed.getAsDouble();
        }
        double[] seconds = new double[TIMED_RUNS];
        for (int r = 0; r < TIMED_RUNS; r++) {
            cancel.throwIfCancelled();
            seconds[r] = timed.getAsDouble();
        }
        return median(seconds);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double[] drawInput(Problem problem, long seed) {
        return ProblemSampling.family(problem, 1).drawInput(SampleSeeds.of(seed, 0));
    }

    /** A field set on the domain's grid or mesh, without fields yet. */
    static FieldSet emptyFields(ProblemDomain domain) {
        return domain instanceof ProblemDomain.Grid g ? FieldSet.on(g.grid())
                : FieldSet.on(((ProblemDomain.Triangulated) domain).mesh());
    }
}
