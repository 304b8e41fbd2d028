package org.operatorlab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.operatorlab.mesh.field.Field;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.io.VtkOptions;
import org.operatorlab.mesh.io.VtkWriter;
import org.operatorlab.operators.fno.Fno;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.solvers.data.ProblemSampling;
import org.operatorlab.solvers.data.SampleSeeds;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.SolveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code operatorlab predict --model model.olm --problem P.json --out u.vti}: one inference of a trained
 * FNO on the problem's random input, drawn with the seed exactly as {@code solve --seed} draws it.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the solution of a problem with a trained FNO/TFNO: draws the problem's random input"
                + " with --seed (the sample 'solve --seed' solves) and writes 'input' and 'prediction' fields. With"
                + " --compare it also solves classically and writes 'reference' and 'error', and prints the relative"
                + " L2 error and the speed-up.")
public final class PredictCommand implements Callable<Integer> {
    private static final int TIMED_RUNS = 5;
    private static final int CLASSICAL_RUNS = 3;
    private static final double SLOW_SOLVE_SECONDS = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "model file (.olm from train)")
    Path model;

    @Option(names = "--problem", required = true, paramLabel = "FILE", description = "problem file with a random input")
    Path problemFile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "output .vti (or .vtk)")
    Path out;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the random input (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--compare", description = "also run the classical solver and report error and speed-up")
    boolean compare;

    @Override
    public Integer call() throws Exception {
        FnoModels.Loaded loaded = FnoModels.read(model);
        Problem problem = ProblemReader.read(problemFile);
        FnoModels.userError(() -> {
            loaded.file().checkCompatible(problem);
            return null;
        });
        ProblemDomain domain = ProblemDomains.mesh(problem);
        if (!(domain instanceof ProblemDomain.Grid g)) {
            throw new UserException("problem '" + problem.name() + "' uses triangles; the FNO predicts on grids");
        }
        UniformGrid grid = g.grid();
        double[] input = ProblemSampling.family(problem, 1).drawInput(SampleSeeds.of(seed, 0));
        Fno fno = loaded.fno();
        Tensor x = Tensor.of(input, grid.dimension() == 1 ? new int[] {1, 1, grid.nx()} : new int[] {1, 1, grid.ny(), grid.nx()});
        long start = System.nanoTime();
        double[] prediction = fno.predict(x).toDoubleArray();
        double firstSeconds = (System.nanoTime() - start) * 1e-9;
        FieldSet fields = FieldSet.on(grid).withNodal("input", input).withNodal("prediction", prediction);
        PrintWriter stdout = spec.commandLine().getOut();
        if (compare) {
            SolveOutcome reference = SolveCommand.solve(problem, domain, "auto", 1e-10, seed, spec.commandLine().getErr());
            double[] u = solution(reference.fields());
            double[] error = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                error[i] = prediction[i] - u[i];
            }
            fields = fields.withNodal("reference", u).withNodal("error", error);
            double inference = medianInferenceSeconds(fno, x);
            double classical = medianClassicalSeconds(problem, domain, reference.stats().wallSeconds());
            stdout.println(String.format(Locale.ROOT,
                    "relative L2 error %.4g; inference %.3g ms, classical solve %.3g ms (medians after a warm-up),"
                            + " speed-up %.1fx", RelativeL2.of(prediction, u, 0, u.length), inference * 1e3,
                    classical * 1e3, classical / inference));
        } else {
            stdout.println(String.format(Locale.ROOT, "predicted on %d x %d grid in %.3g ms", grid.nx(), grid.ny(),
                    firstSeconds * 1e3));
        }
        VtkWriter.write(out, fields, VtkOptions.binary());
        stdout.println("wrote " + out);
        return 0;
    }

    /** The solver's solution field: {@code u}, or the vorticity {@code w} of Navier–Stokes. */
    private static double[] solution(FieldSet fields) {
        return fields.find("u").or(() -> fields.find("w")).orElseGet(() -> fields.fields().get(0)).values();
    }

    /**
     * The reference solve was the classical warm-up; the median of a few more is its steady cost, so both
     * sides of the speed-up are timed alike. A solve slower than {@value #SLOW_SOLVE_SECONDS} s is timed once.
     */
    private double medianClassicalSeconds(Problem problem, ProblemDomain domain, double firstSeconds) throws Exception {
        if (firstSeconds > SLOW_SOLVE_SECONDS) {
            return firstSeconds;
        }
        double[] seconds = new double[CLASSICAL_RUNS];
        for (int r = 0; r < CLASSICAL_RUNS; r++) {
            seconds[r] = SolveCommand.solve(problem, domain, "auto", 1e-10, seed, new PrintWriter(java.io.Writer.nullWriter()))
                    .stats().wallSeconds();
        }
        Arrays.sort(seconds);
        return seconds[CLASSICAL_RUNS / 2];
    }

    /** The first run (above) warmed up the plans and the JIT; the median of a few more is the steady cost. */
    private static double medianInferenceSeconds(Fno fno, Tensor x) {
        double[] seconds = new double[TIMED_RUNS];
        for (int r = 0; r < TIMED_RUNS; r++) {
            long start = System.nanoTime();
            fno.predict(x);
            seconds[r] = (System.nanoTime() - start) * 1e-9;
        }
        Arrays.sort(seconds);
        return seconds[TIMED_RUNS / 2];
    }
}
