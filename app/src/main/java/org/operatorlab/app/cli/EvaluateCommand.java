package org.operatorlab.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.operatorlab.operators.engine.Comparison;
import org.operatorlab.operators.engine.DataSetFile;
import org.operatorlab.operators.engine.ModelPredictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code operatorlab evaluate --model model.olm --data test.npz}: the model's relative L2 error on a
 * data set; a PINN model (no --data) against the classical solve of the problem it was trained for.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a trained model: fno/tfno/deeponet on a data set from 'operatorlab generate' (mean and"
                + " max relative L2 error over its samples); pinn, without --data, against the classical solve of the"
                + " problem it was trained for.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "model file (.olm from train)")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", description = "test data (.npz from generate); not for pinn")
    Path data;

    @Override
    public Integer call() throws Exception {
        ModelPredictor predictor = ModelPredictor.load(model);
        if (data == null) {
            if (predictor.model().takesInput()) {
                throw new UserException("evaluating a " + predictor.kind().key() + " model needs --data (a data set from"
                        + " 'operatorlab generate')");
            }
            Comparison c = CancelOnInterrupt.run(cancel -> predictor.evaluateOnOwnProblem(
                    new StderrProgress(spec.commandLine().getErr(), "solve"), cancel));
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "relative L2 error against the classical solve on %d nodes: %.4g", c.reference().length, c.relativeL2()));
            return 0;
        }
        DataSetFile set = DataSetFile.read(data);
        double[] errors = CancelOnInterrupt.run(cancel -> predictor.evaluate(set, cancel));
        double sum = 0, max = 0;
        for (double e : errors) {
            sum += e;
            max = Math.max(max, e);
        }
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "relative L2 error on %d samples: mean %.4g, max %.4g", errors.length, sum / errors.length, max));
        return 0;
    }
}
