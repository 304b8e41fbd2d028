package org.operatorlab.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.operatorlab.mesh.io.VtkOptions;
import org.operatorlab.mesh.io.VtkWriter;
import org.operatorlab.operators.engine.Comparison;
import org.operatorlab.operators.engine.ModelPredictor;
import org.operatorlab.operators.engine.Prediction;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code operatorlab predict --model model.olm --problem P.json --out u.vtu [--compare]}: one inference
 * of a trained model of any engine through {@link ModelPredictor}.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the solution of a problem with a trained model (fno, tfno, deeponet: of the problem's"
                + " random input drawn with --seed, the sample 'solve --seed' solves; pinn: of the problem it was"
                + " trained for) and write 'input' and 'prediction' fields. With --compare it also solves classically,"
                + " writes 'reference' and 'error', and prints the relative L2 error and the speed-up.")
public final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "model file (.olm from train)")
    Path model;

    @Option(names = "--problem", required = true, paramLabel = "FILE", description = "problem file")
    Path problemFile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "output .vtu (meshes), .vti (grids) or .vtk")
    Path out;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the random input (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--compare", description = "also run the classical solver and report error and speed-up")
    boolean compare;

    @Override
    public Integer call() throws Exception {
        ModelPredictor predictor = ModelPredictor.load(model);
        Problem problem = ProblemReader.read(problemFile);
        ProblemDomain domain = ProblemDomains.mesh(problem);
        predictor.checkCompatible(problem, domain);
        var stdout = spec.commandLine().getOut();
        if (compare) {
            Comparison c = CancelOnInterrupt.run(cancel -> predictor.compare(problem, domain, seed,
                    new StderrProgress(spec.commandLine().getErr(), "solve"), cancel));
            stdout.println(String.format(Locale.ROOT,
                    "relative L2 error %.4g; inference %.3g ms, classical solve %.3g ms (medians after a warm-up),"
                            + " speed-up %.3gx", c.relativeL2(), c.inferenceSeconds() * 1e3, c.classicalSeconds() * 1e3,
                    c.speedUp()));
            VtkWriter.write(out, c.fields(), VtkOptions.binary());
        } else {
            Prediction p = predictor.predict(problem, domain, seed);
            stdout.println(String.format(Locale.ROOT, "%s predicted %d nodal values in %.3g ms", predictor.kind().key(),
                    p.values().length, p.seconds() * 1e3));
            VtkWriter.write(out, p.fields(), VtkOptions.binary());
        }
        stdout.println("wrote " + out);
        return 0;
    }
}
