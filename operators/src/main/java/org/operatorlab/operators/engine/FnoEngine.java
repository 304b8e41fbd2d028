package org.operatorlab.operators.engine;

import java.util.Locale;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.operators.fno.Factorization;
import org.operatorlab.operators.fno.Fno;
import org.operatorlab.operators.fno.FnoConfig;
import org.operatorlab.operators.fno.FnoFiles;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.OperatorData;
import org.operatorlab.operators.train.Trainer;
import org.operatorlab.operators.train.TrainingConfig;
import org.operatorlab.operators.train.TrainingListener;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.solvers.fft.FftPlans;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;

/** The FNO and TFNO engines: an {@link Fno} on the problem's uniform grid. */
final class FnoEngine implements EngineModel {
    /** Samples per forward pass when predicting many inputs. */
    private static final int BATCH = 16;

    private final Fno fno;

    FnoEngine(Fno fno) {
        this.fno = fno;
    }

    static FnoEngine fromFile(ModelFile file) {
        return new FnoEngine(FnoFiles.fromModelFile(file, new FftPlans()));
    }

    /** Fits a fresh FNO to the data set with the shared {@link Trainer}. */
    static TrainedModel train(EngineSettings s, DataSetFile set, TrainingListener listener, CancellationToken cancel) {
        Problem problem = set.problem();
        UniformGrid grid = grid(ProblemDomains.mesh(problem), problem.name());
        Factorization factorization = s.kind() == EngineKind.TFNO ? Factorization.TUCKER : Factorization.NONE;
        FnoConfig config = new FnoConfig(s.width(), s.modes(), s.layers(), padding(grid), factorization,
                factorization == Factorization.NONE ? 1 : s.rank(), 128);
        Fno fno = new Fno(config, set.dimension(), 1, 1, DType.FLOAT32, s.seed(), new FftPlans());
        OperatorData data = OperatorData.singleChannel(set.inputs(), set.outputs(), set.shape());
        TrainingSummary summary = new Trainer(trainingConfig(s)).fit(fno, data, listener, cancel);
        return new TrainedModel(new FnoEngine(fno), set.problemJson(), summary);
    }

    /** Mini-batch Adam with a cosine schedule, validation split and early stopping as the settings say. */
    static TrainingConfig trainingConfig(EngineSettings s) {
        return TrainingConfig.defaults().withEpochs(s.epochs()).withBatchSize(s.batch()).withLearningRate(s.learningRate())
                .withValidationFraction(s.validation()).withPatience(s.patience()).withSeed(s.seed());
    }

    /** No padding on periodic grids (the FFT's own wrap-around is right there); 10% otherwise, as in the FNO paper. */
    private static double padding(UniformGrid grid) {
        return grid.periodicX() ? 0 : 0.1;
    }

    private static UniformGrid grid(ProblemDomain domain, String problem) {
        if (!(domain instanceof ProblemDomain.Grid g)) {
            throw new IllegalArgumentException("problem '" + problem + "' uses triangles; the FNO needs a grid");
        }
        return g.grid();
    }

    @Override
    public EngineKind kind() {
        return fno.config().factorization() == Factorization.NONE ? EngineKind.FNO : EngineKind.TFNO;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s: %d parameters (%d spectral)", kind().key(), fno.parameterCount(),
                fno.spectralParameterCount());
    }

    @Override
    public long parameterCount() { return fno.parameterCount(); }

    @Override
    public void checkDomain(ProblemDomain domain) {
        UniformGrid grid = grid(domain, "");
        if (grid.dimension() != fno.dimension()) {
            throw new IllegalArgumentException("the model is a " + fno.dimension() + "D FNO but the problem's grid is "
                    + grid.dimension() + "D");
        }
    }

    @Override
    public double[][] predict(ProblemDomain domain, double[][] inputs) {
        checkDomain(domain);
        UniformGrid grid = ((ProblemDomain.Grid) domain).grid();
        int points = grid.dimension() == 1 ? grid.nx() : grid.nx() * grid.ny();
        double[][] out = new double[inputs.length][];
        for (int from = 0; from < inputs.length; from += BATCH) {
            int n = Math.min(BATCH, inputs.length - from);
            float[] x = new float[n * points];
            for (int i = 0; i < n; i++) {
                double[] in = inputs[from + i];
                if (in.length != points) {
                    throw new IllegalArgumentException("input " + (from + i) + " has " + in.length + " values but the grid "
                            + points + " nodes");
                }
                for (int j = 0; j < points; j++) {
                    x[i * points + j] = (float) in[j];
                }
            }
            int[] shape = grid.dimension() == 1 ? new int[] {n, 1, grid.nx()} : new int[] {n, 1, grid.ny(), grid.nx()};
            double[] y = fno.predict(Tensor.of(x, shape)).toDoubleArray();
            for (int i = 0; i < n; i++) {
                out[from + i] = java.util.Arrays.copyOfRange(y, i * points, (i + 1) * points);
            }
        }
        return out;
    }

    @Override
    public ModelFile toModelFile(String problemJson, TrainingSummary summary) {
        return FnoFiles.toModelFile(fno, problemJson, summary);
    }
}
