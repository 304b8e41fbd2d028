package org.operatorlab.operators.engine;

import java.util.Locale;
import org.operatorlab.mesh.grid.UniformGrid;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.operators.fno.Factorization;
import org.operatorlab.operators.fno.Fno;
import org.operatorlab.operators.fno.FnoConfig;
import org.operatorlab.operators.fno.FnoFiles;
import org.operatorlab.operators.fno.PaddingMode;
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

/**
 * The FNO and TFNO engines: an {@link Fno} on the problem's uniform grid, or, for a problem on a
 * triangle mesh, on a grid over the mesh's bounding box with a domain-mask input channel
 * ({@link MeshGridInputs}), answering at the mesh nodes.
 */
final class FnoEngine implements EngineModel {
    /** Samples per forward pass when predicting many inputs. */
    private static final int BATCH = 16;
    /** Architecture key of the bounding-box grid size of a mesh model (absent for grid models). */
    private static final String MESH_GRID = "meshGrid";

    private final Fno fno;
    /** Nodes per axis of the bounding-box grid, or 0 for a model of grid problems. */
    private final int meshGrid;
    /** The transfer of the last mesh predicted on, kept because building it locates every grid node. */
    private volatile MeshGridInputs lastTransfer;

    FnoEngine(Fno fno, int meshGrid) {
        this.fno = fno;
        this.meshGrid = meshGrid;
    }

    static FnoEngine fromFile(ModelFile file) {
        int meshGrid = file.architecture().path(MESH_GRID).asInt(0);
        return new FnoEngine(FnoFiles.fromModelFile(file, new FftPlans()), meshGrid);
    }

    /** Fits a fresh FNO to the data set with the shared {@link Trainer}. */
    static TrainedModel train(EngineSettings s, DataSetFile set, TrainingListener listener, CancellationToken cancel) {
        Problem problem = set.problem();
        ProblemDomain domain = ProblemDomains.mesh(problem);
        Factorization factorization = s.kind() == EngineKind.TFNO ? Factorization.TUCKER : Factorization.NONE;
        double rank = factorization == Factorization.NONE ? 1 : s.rank();
        if (domain instanceof ProblemDomain.Triangulated t) {
            MeshGridInputs inputs = new MeshGridInputs(t.mesh(), s.gridSize());
            if (inputs.nodes() != set.points()) {
                throw new IllegalArgumentException(set.source() + ": samples have " + set.points() + " values but the"
                        + " problem's mesh has " + inputs.nodes() + " nodes");
            }
            FnoConfig config = newConfig(s, 0.1, factorization, rank, s.gridSize());
            Fno fno = new Fno(config, 2, 2, 1, DType.FLOAT32, s.seed(), new FftPlans());
            OperatorData data = onGrid(set, inputs, cancel);
            return fit(s, fno, data, new FnoEngine(fno, s.gridSize()), set, listener, cancel);
        }
        UniformGrid grid = grid(domain, problem.name());
        FnoConfig config = newConfig(s, padding(grid), factorization, rank, grid.nx());
        Fno fno = new Fno(config, set.dimension(), 1, 1, DType.FLOAT32, s.seed(), new FftPlans());
        OperatorData data = OperatorData.singleChannel(set.inputs(), set.outputs(), set.shape());
        return fit(s, fno, data, new FnoEngine(fno, 0), set, listener, cancel);
    }

    private static TrainedModel fit(EngineSettings s, Fno fno, OperatorData data, FnoEngine engine, DataSetFile set,
                                    TrainingListener listener, CancellationToken cancel) {
        return EngineDivergedException.keepingLastGood(() -> new Trainer(trainingConfig(s)).fit(fno, data, listener, cancel),
                summary -> new TrainedModel(engine, set.problemJson(), summary));
    }

    /** The mesh data set on the bounding-box grid: inputs [N, 2, ny, nx] (field, mask), outputs [N, 1, ny, nx]. */
    private static OperatorData onGrid(DataSetFile set, MeshGridInputs transfer, CancellationToken cancel) {
        UniformGrid grid = transfer.grid();
        int n = set.samples(), plane = grid.nodeCount();
        double[] in = new double[n * 2 * plane], out = new double[n * plane];
        for (int i = 0; i < n; i++) {
            cancel.throwIfCancelled();
            System.arraycopy(transfer.input(set.input(i)), 0, in, i * 2 * plane, 2 * plane);
            System.arraycopy(transfer.output(set.output(i)), 0, out, i * plane, plane);
        }
        return new OperatorData(in, new int[] {n, 2, grid.ny(), grid.nx()}, out, new int[] {n, 1, grid.ny(), grid.nx()});
    }

    /** Mini-batch Adam with a cosine schedule, validation split and early stopping as the settings say. */
    static TrainingConfig trainingConfig(EngineSettings s) {
        return TrainingConfig.defaults().withEpochs(s.epochs()).withBatchSize(s.batch()).withLearningRate(s.learningRate())
                .withValidationFraction(s.validation()).withPatience(s.patience()).withSeed(s.seed());
    }

    /**
     * A new model's architecture: linear-blend padding with the period fixed on the training grid of
     * {@code nodes} nodes per axis, so that it evaluates consistently on finer grids.
     */
    private static FnoConfig newConfig(EngineSettings s, double padding, Factorization factorization, double rank,
                                       int nodes) {
        return new FnoConfig(s.width(), s.modes(), s.layers(), padding, factorization, rank, 128)
                .withPaddingMode(PaddingMode.LINEAR).withPeriodFor(nodes);
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
        return String.format(Locale.ROOT, "%s: %d parameters (%d spectral)%s", kind().key(), fno.parameterCount(),
                fno.spectralParameterCount(), meshGrid > 0 ? String.format(Locale.ROOT,
                        " on a %d x %d bounding-box grid with a domain mask", meshGrid, meshGrid) : "");
    }

    @Override
    public long parameterCount() { return fno.parameterCount(); }

    @Override
    public void checkDomain(ProblemDomain domain) {
        if (meshGrid > 0 || domain instanceof ProblemDomain.Triangulated) {
            if (meshGrid == 0) {
                throw new IllegalArgumentException("the model was trained on a grid problem; this problem uses triangles");
            }
            if (!(domain instanceof ProblemDomain.Triangulated)) {
                throw new IllegalArgumentException("the model was trained on a triangle-mesh problem; this problem uses a grid");
            }
            return;
        }
        UniformGrid grid = grid(domain, "");
        if (grid.dimension() != fno.dimension()) {
            throw new IllegalArgumentException("the model is a " + fno.dimension() + "D FNO but the problem's grid is "
                    + grid.dimension() + "D");
        }
    }

    @Override
    public double[][] predict(ProblemDomain domain, double[][] inputs) {
        checkDomain(domain);
        if (meshGrid > 0) {
            return predictOnMesh(((ProblemDomain.Triangulated) domain).mesh(), inputs);
        }
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

    /** Nodal inputs -> grid with mask -> FNO -> back to the nodes. */
    private double[][] predictOnMesh(TriangleMesh mesh, double[][] inputs) {
        MeshGridInputs transfer = lastTransfer;
        if (transfer == null || !transfer.mesh().equals(mesh)) {
            transfer = new MeshGridInputs(mesh, meshGrid);
            lastTransfer = transfer;
        }
        UniformGrid grid = transfer.grid();
        int plane = grid.nodeCount();
        double[][] out = new double[inputs.length][];
        for (int from = 0; from < inputs.length; from += BATCH) {
            int n = Math.min(BATCH, inputs.length - from);
            float[] x = new float[n * 2 * plane];
            for (int i = 0; i < n; i++) {
                double[] in = inputs[from + i];
                if (in.length != transfer.nodes()) {
                    throw new IllegalArgumentException("input " + (from + i) + " has " + in.length + " values but the mesh "
                            + transfer.nodes() + " nodes");
                }
                double[] g = transfer.input(in);
                for (int j = 0; j < g.length; j++) {
                    x[i * 2 * plane + j] = (float) g[j];
                }
            }
            double[] y = fno.predict(Tensor.of(x, n, 2, grid.ny(), grid.nx())).toDoubleArray();
            for (int i = 0; i < n; i++) {
                out[from + i] = transfer.toNodes(java.util.Arrays.copyOfRange(y, i * plane, (i + 1) * plane));
            }
        }
        return out;
    }

    @Override
    public ModelFile toModelFile(String problemJson, TrainingSummary summary) {
        ModelFile file = FnoFiles.toModelFile(fno, problemJson, summary);
        if (meshGrid == 0) {
            return file;
        }
        ObjectNode a = file.architecture();
        a.put(MESH_GRID, meshGrid);
        return new ModelFile(file.engine(), a, file.normalization(), file.problemJson(), file.summary(), file.weights());
    }
}
