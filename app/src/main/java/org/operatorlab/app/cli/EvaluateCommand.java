package org.operatorlab.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.OperatorData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code operatorlab evaluate --model model.olm --data test.npz}: the model's relative L2 error on a data set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a trained FNO/TFNO on a data set from 'operatorlab generate': mean and max relative L2"
                + " error over its samples.")
public final class EvaluateCommand implements Callable<Integer> {
    private static final int BATCH = 16;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "model file (.olm from train)")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "test data (.npz from generate)")
    Path data;

    @Override
    public Integer call() throws Exception {
        FnoModels.Loaded loaded = FnoModels.read(model);
        GridDataSet set = GridDataSet.read(data);
        if (set.dimension() != loaded.fno().dimension()) {
            throw new UserException("model " + model + " is " + loaded.fno().dimension() + "D but data set " + data + " is "
                    + set.dimension() + "D");
        }
        if (set.problemJson() != null) {
            FnoModels.userError(() -> {
                loaded.file().checkCompatible(org.operatorlab.solvers.problem.ProblemReader.read(set.problemJson(),
                        data + " metadata"));
                return null;
            });
        }
        double[] errors = CancelOnInterrupt.run(cancel -> {
            OperatorData d = set.data();
            double[] e = new double[d.size()];
            int points = d.points();
            for (int from = 0; from < d.size(); from += BATCH) {
                cancel.throwIfCancelled();
                int[] rows = new int[Math.min(BATCH, d.size() - from)];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = from + i;
                }
                Tensor prediction = loaded.fno().predict(d.inputBatch(rows, DType.FLOAT32));
                double[] p = prediction.toDoubleArray();
                double[] y = d.outputBatch(rows, DType.FLOAT64).toDoubleArray();
                for (int i = 0; i < rows.length; i++) {
                    e[from + i] = RelativeL2.of(p, y, i * points, points);
                }
            }
            return e;
        });
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
