package org.operatorlab.operators.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.deeponet.AntiderivativeOperator;
import org.operatorlab.operators.deeponet.DeepOnet;
import org.operatorlab.operators.deeponet.DeepOnetTrainer;
import org.operatorlab.operators.deeponet.PodBasis;
import org.operatorlab.operators.fno.Factorization;
import org.operatorlab.operators.fno.Fno;
import org.operatorlab.operators.fno.FnoConfig;
import org.operatorlab.operators.fno.PaddingMode;
import org.operatorlab.operators.pinn.LShapeSineBenchmark;
import org.operatorlab.operators.pinn.PinnConfig;
import org.operatorlab.operators.pinn.PinnSolution;
import org.operatorlab.operators.pinn.PinnSolver;
import org.operatorlab.operators.pinn.SineBenchmark;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.train.OperatorData;
import org.operatorlab.operators.train.SupervisedObjective;
import org.operatorlab.operators.train.Trainer;
import org.operatorlab.operators.train.TrainingConfig;
import org.operatorlab.operators.train.TrainingListener;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.solvers.data.NpzReader;
import org.operatorlab.solvers.fft.FftPlans;

/**
 * The accuracy table of {@code bench/neural.sh}: each row trains an engine with the library's own
 * classes (FNO/TFNO on the shared {@link Trainer}, {@link DeepOnetTrainer}, {@link PinnSolver}) and
 * reports its test error against the target. FNO rows read data sets made by
 * {@code operatorlab generate}: the first {@code --train} samples train, the last {@code --test} test.
 * The super-resolution row, as in the FNO paper, subsamples one fine data set ({@code --darcy-fine}, a
 * grid of 4k+1 nodes per axis, e.g. 129) with strides 4 and 2, so that the coarse and the fine grids
 * nest and both carry the fine solve's labels.
 *
 * <p>Usage: {@code NeuralAccuracy --rows darcy,tfno,superres,burgers,deeponet,pinn --darcy64 D64.npz
 * --darcy-fine D129.npz --burgers B.npz --train N --test M --epochs E --burgers-epochs E1
 * --deeponet-steps S --pinn-steps A,L [--tfno-rank SHARE] [--superres-input points|average] [--superres-modes M] [--superres-padding linear|zero] [--darcy-padding zero|linear]}. Progress (one line per epoch) goes to
 * stderr; the table to stdout.
 */
public final class NeuralAccuracy {
    private final Map<String, String> options;
    private final List<String> rows = new ArrayList<>();

    private NeuralAccuracy(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value pairs, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        new NeuralAccuracy(options).run();
    }

    private String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    private int intOption(String key, int fallback) {
        return Integer.parseInt(option(key, Integer.toString(fallback)));
    }

    private void run() throws IOException {
        List<String> wanted = Arrays.asList(option("rows", "darcy,tfno,superres,burgers,deeponet,pinn").split(","));
        int train = intOption("train", 1000), test = intOption("test", 100), epochs = intOption("epochs", 100);
        System.out.println("| case | setting | metric | Java | target | met |");
        System.out.println("|---|---|---|---|---|---|");
        double dense = Double.NaN;
        if (wanted.contains("darcy") || wanted.contains("tfno")) {
            Split darcy = split(Path.of(option("darcy64", "darcy64.npz")), train, test);
            if (wanted.contains("darcy")) {
                Fno fno = darcyModel(paddedPaper("darcy-padding", "zero", darcy));
                TrainingSummary s = fit("FNO Darcy 64x64", fno, darcy.train, epochs);
                dense = SupervisedObjective.relativeL2(fno, darcy.test, all(darcy.test));
                row("FNO Darcy 64x64", setting(darcy, epochs, s, fno), "test rel. L2", dense, 1.5e-2, "<=");
            }
            if (wanted.contains("tfno")) {
                double rank = Double.parseDouble(option("tfno-rank", "0.1"));
                Fno tfno = darcyModel(paddedPaper("darcy-padding", "zero", darcy).withFactorization(Factorization.TUCKER, rank));
                Fno denseShape = darcyModel(paddedPaper("darcy-padding", "zero", darcy));
                TrainingSummary s = fit("TFNO Darcy 64x64", tfno, darcy.train, epochs);
                double err = SupervisedObjective.relativeL2(tfno, darcy.test, all(darcy.test));
                String counts = String.format(Locale.ROOT, "Tucker, spectral params %d vs dense %d (%.1fx fewer)",
                        tfno.spectralParameterCount(), denseShape.spectralParameterCount(),
                        (double) denseShape.spectralParameterCount() / tfno.spectralParameterCount());
                row("TFNO Darcy 64x64", counts + "; " + setting(darcy, epochs, s, tfno), "test rel. L2 / dense FNO's",
                        err / dense, 1.2, "<=");
                System.out.printf(Locale.ROOT, "|  | (TFNO test rel. L2 %.3e) |  |  |  |  |%n", err);
            }
        }
        if (wanted.contains("superres")) {
            Path source = Path.of(option("darcy-fine", "darcy129.npz"));
            // "average": each coarse node's coefficient is the mean over its box of fine nodes instead of a point sample
            boolean average = option("superres-input", "points").equals("average");
            Split coarse = split(source, train, test, 4, average);
            Split fine = split(source, train, test, 2, average);
            // modes kept by the model trained on 33x33 nodes (Nyquist 16); the paper's 12 by default
            int modes = intOption("superres-modes", 12);
            // by default the padding new models get (linear); "zero" is the paper's
            Fno fno = darcyModel(paddedPaper("superres-padding", "linear", coarse).withModes(modes));
            TrainingSummary s = fit("FNO Darcy trained at 32x32", fno, coarse.train, epochs);
            double at32 = SupervisedObjective.relativeL2(fno, coarse.test, all(coarse.test));
            double at64 = SupervisedObjective.relativeL2(fno, fine.test, all(fine.test));
            row("zero-shot super-resolution", String.format(Locale.ROOT, "one data set on %s nodes subsampled%s: trained"
                    + " on %s nodes (32x32 cells; test %.3e), evaluated on the same test samples at %s nodes (64x64"
                    + " cells; test %.3e); %s", shape(source),
                    average ? " (coefficient: box means around the nodes)" : "", shape(coarse.shape), at32, shape(fine.shape),
                    at64, setting(coarse, epochs, s, fno)),
                    "64x64 error / 32x32 error", at64 / at32, 1.5, "<=");
            // where the extra error lies: the fine prediction on the nodes the coarse grid shares with it
            double[] onCoarse = subsample(fno.predict(fine.test.inputBatch(all(fine.test), fno.dtype())).toDoubleArray(),
                    test, fine.shape, 2, source);
            System.out.printf(Locale.ROOT, "|  | (65x65 prediction restricted to the 33x33 nodes: test rel. L2 %.3e) |"
                    + "  |  |  |  |%n", meanRelativeL2(onCoarse, coarse.test.outputs(), test));
            if (!average) {
                Split finest = split(source, train, test, 1, false);
                double at128 = SupervisedObjective.relativeL2(fno, finest.test, all(finest.test));
                System.out.printf(Locale.ROOT, "|  | (the same model at %s nodes, 128x128 cells: test rel. L2 %.3e, %.2fx its"
                        + " 32x32 error) |  |  |  |  |%n", shape(finest.shape), at128, at128 / at32);
            }
        }
        if (wanted.contains("burgers")) {
            Split burgers = split(Path.of(option("burgers", "burgers.npz")), train, test);
            int e = intOption("burgers-epochs", epochs);
            // the FNO paper's 1D model: width 64, 16 modes, 4 layers; periodic, so no padding
            Fno fno = new Fno(new FnoConfig(64, 16, 4, 0), 1, 1, 1, DType.FLOAT32, 1, new FftPlans());
            TrainingSummary s = fit("FNO Burgers", fno, burgers.train, e);
            double err = SupervisedObjective.relativeL2(fno, burgers.test, all(burgers.test));
            // FNO paper, Table 1: FNO on Burgers (nu = 0.1) at s = 1024: relative L2 0.0160
            row("FNO Burgers 1D, nu=0.1, s=1024", setting(burgers, e, s, fno) + "; paper 1.60e-2", "test rel. L2", err,
                    2 * 0.0160, "<=");
        }
        if (wanted.contains("deeponet")) {
            int steps = intOption("deeponet-steps", 20000);
            // the paper's distribution: RBF length scale 0.2, 100 sensors
            AntiderivativeOperator antiderivative = new AntiderivativeOperator(100, 0.2);
            var trainSet = antiderivative.samples(1000, 1);
            var testSet = antiderivative.samples(200, 2);
            DeepOnet net = DeepOnet.pod(new int[] {40, 40}, 100, PodBasis.fit(trainSet.outputs(), 10),
                    Activation.TANH, 3);
            long t0 = System.nanoTime();
            new DeepOnetTrainer(steps, 100, 1e-3, 0.02, 4).fit(net, trainSet, ProgressListener.NONE, CancellationToken.none());
            double mse = DeepOnetTrainer.meanSquaredError(net, testSet);
            // DeepONet paper (Lu et al.): antiderivative test MSE of order 1e-5
            row("DeepONet antiderivative", String.format(Locale.ROOT, "POD trunk (10 modes), branch [100,40,40] tanh, 1000"
                    + " train / 200 test functions, %d steps, %.0f s; paper: order 1e-5", steps,
                    (System.nanoTime() - t0) * 1e-9), "test MSE", mse, 1e-4, "< (order 1e-5)");
        }
        if (wanted.contains("pinn")) {
            String[] st = option("pinn-steps", "2000,2000").split(",");
            int adam = Integer.parseInt(st[0]), lbfgs = Integer.parseInt(st[1]);
            PinnConfig c = PinnConfig.defaults().withHidden(32, 32, 32).withPoints(2000, 0, 0).withSteps(adam, lbfgs)
                    .withHardDirichlet(true);
            PinnSolution solution = new PinnSolver(c).solve(SineBenchmark.dirichletProblem(),
                    ProgressListener.NONE, CancellationToken.none());
            row("PINN -Lap u = 2 pi^2 sin sin", String.format(Locale.ROOT, "MLP [32,32,32] tanh, exact Dirichlet, 2000"
                    + " collocation points, Adam %d + L-BFGS %d, %.0f s", adam, lbfgs, solution.seconds()),
                    "rel. L2 vs sin(pi x) sin(pi y)", SineBenchmark.relativeError(solution), 1e-3, "<=");
            // the same problem on the shipped L-shape mesh, judged against the P1 FEM solution at its nodes
            double h = LShapeSineBenchmark.BENCHMARK_MESH_SIZE;
            LShapeSineBenchmark.Result lshape = LShapeSineBenchmark.run(h, LShapeSineBenchmark.benchmarkConfig(),
                    ProgressListener.NONE, CancellationToken.none());
            PinnSolution ls = lshape.solution();
            row("PINN -Lap u = 2 pi^2 sin sin, L-shape", String.format(Locale.ROOT, "mesh h = %.2f (%d nodes), FEM vs"
                    + " exact %.1e, PINN vs exact %.1e; MLP [32,32,32] tanh, soft Dirichlet (weight 100), Adam %d +"
                    + " L-BFGS %d, %.0f s", h, lshape.nodes(), lshape.femVsExact(), lshape.pinnVsExact(), ls.adamSteps(),
                    ls.lbfgsIterations(), ls.seconds()), "rel. L2 vs P1 FEM at the nodes", lshape.pinnVsFem(), 1e-3, "<=");
        }
    }

    private static Fno darcyModel(FnoConfig config) {
        return new Fno(config, 2, 1, 1, DType.FLOAT32, 1, new FftPlans());
    }

    private record Split(Path file, OperatorData train, OperatorData test, int[] shape) {
    }

    /** The first {@code train} and the last {@code test} samples of a generated data set. */
    private static Split split(Path file, int train, int test) throws IOException {
        return split(file, train, test, 1, false);
    }

    /**
     * As {@link #split(Path, int, int)}, keeping every {@code stride}-th node of each axis of a 2D data
     * set (first and last included, so each axis needs (nodes - 1) divisible by the stride).
     */
    private static Split split(Path file, int train, int test, int stride, boolean averageInputs) throws IOException {
        try (NpzReader npz = NpzReader.open(file)) {
            double[] in = npz.array("inputs").toDoubleArray(), out = npz.array("outputs").toDoubleArray();
            long[] shape = npz.array("inputs").shape();
            int n = (int) shape[0];
            if (train + test > n) {
                throw new IllegalArgumentException(file + " has " + n + " samples, fewer than " + train + " + " + test);
            }
            int[] sample = new int[shape.length - 1];
            int points = 1;
            for (int i = 1; i < shape.length; i++) {
                sample[i - 1] = (int) shape[i];
                points *= sample[i - 1];
            }
            if (stride > 1) {
                int[] fine = sample;
                in = averageInputs ? boxAverage(in, n, fine, stride, file) : subsample(in, n, fine, stride, file);
                out = subsample(out, n, fine, stride, file);
                sample = new int[] {(fine[0] - 1) / stride + 1, (fine[1] - 1) / stride + 1};
                points = sample[0] * sample[1];
            }
            OperatorData tr = OperatorData.singleChannel(Arrays.copyOfRange(in, 0, train * points),
                    Arrays.copyOfRange(out, 0, train * points), prepend(train, sample));
            OperatorData te = OperatorData.singleChannel(Arrays.copyOfRange(in, (n - test) * points, n * points),
                    Arrays.copyOfRange(out, (n - test) * points, n * points), prepend(test, sample));
            return new Split(file, tr, te, sample);
        }
    }

    /** Every {@code stride}-th row and column of each of {@code n} [ny, nx] samples. */
    private static double[] subsample(double[] values, int n, int[] sample, int stride, Path file) {
        if (sample.length != 2 || (sample[0] - 1) % stride != 0 || (sample[1] - 1) % stride != 0) {
            throw new IllegalArgumentException(file + ": samples of shape " + shape(sample) + " cannot be subsampled"
                    + " with stride " + stride + " (2D grids of k * " + stride + " + 1 nodes per axis only)");
        }
        int ny = sample[0], nx = sample[1], cy = (ny - 1) / stride + 1, cx = (nx - 1) / stride + 1;
        double[] r = new double[n * cy * cx];
        int k = 0;
        for (int b = 0; b < n; b++) {
            for (int i = 0; i < cy; i++) {
                for (int j = 0; j < cx; j++) {
                    r[k++] = values[(b * ny + i * stride) * nx + j * stride];
                }
            }
        }
        return r;
    }

    /** As {@link #subsample}, but each kept node gets the mean over the fine nodes within stride / 2 of it. */
    private static double[] boxAverage(double[] values, int n, int[] sample, int stride, Path file) {
        subsample(values, 0, sample, stride, file);   // checks the shape
        int ny = sample[0], nx = sample[1], cy = (ny - 1) / stride + 1, cx = (nx - 1) / stride + 1, h = stride / 2;
        double[] r = new double[n * cy * cx];
        int k = 0;
        for (int b = 0; b < n; b++) {
            for (int i = 0; i < cy; i++) {
                for (int j = 0; j < cx; j++) {
                    double sum = 0;
                    int count = 0;
                    for (int y = Math.max(0, i * stride - h); y <= Math.min(ny - 1, i * stride + h); y++) {
                        for (int x = Math.max(0, j * stride - h); x <= Math.min(nx - 1, j * stride + h); x++) {
                            sum += values[(b * ny + y) * nx + x];
                            count++;
                        }
                    }
                    r[k++] = sum / count;
                }
            }
        }
        return r;
    }

    /** Mean over {@code n} samples of ||p - y|| / ||y||. */
    private static double meanRelativeL2(double[] p, double[] y, int n) {
        int m = y.length / n;
        double sum = 0;
        for (int b = 0; b < n; b++) {
            double dd = 0, yy = 0;
            for (int i = b * m; i < (b + 1) * m; i++) {
                dd += (p[i] - y[i]) * (p[i] - y[i]);
                yy += y[i] * y[i];
            }
            sum += Math.sqrt(dd / yy);
        }
        return sum / n;
    }

    private static String shape(int[] sample) {
        return Arrays.stream(sample).mapToObj(Integer::toString).reduce((a, b) -> a + "x" + b).orElse("");
    }

    private static String shape(Path file) throws IOException {
        try (NpzReader npz = NpzReader.open(file)) {
            long[] s = npz.header("inputs").shape();
            return shape(Arrays.stream(s, 1, s.length).mapToInt(v -> (int) v).toArray());
        }
    }

    private static int[] prepend(int n, int[] sample) {
        int[] s = new int[sample.length + 1];
        s[0] = n;
        System.arraycopy(sample, 0, s, 1, sample.length);
        return s;
    }

    private static int[] all(OperatorData d) {
        int[] r = new int[d.size()];
        Arrays.setAll(r, i -> i);
        return r;
    }

    /**
     * The paper's 2D model with 10 % padding, filled as option {@code key} says (zero or linear), the period
     * fixed on the training grid (which pads there exactly as the per-grid rule does).
     */
    private FnoConfig paddedPaper(String key, String fallback, Split training) {
        PaddingMode mode = PaddingMode.valueOf(option(key, fallback).toUpperCase(Locale.ROOT));
        return FnoConfig.paper().withPadding(0.1).withPaddingMode(mode).withPeriodFor(training.shape[1]);
    }

    /** Trains on every given sample (no validation split): batch 20, Adam 1e-3, cosine schedule. */
    private static TrainingSummary fit(String label, Fno fno, OperatorData data, int epochs) {
        TrainingConfig config = TrainingConfig.defaults().withEpochs(epochs).withValidationFraction(0);
        TrainingListener progress = (epoch, total, loss, validation, left) -> System.err.printf(Locale.ROOT,
                "%s: epoch %d/%d, train rel. L2 %.4e, %.0f s left%n", label, epoch, total, loss, left);
        return new Trainer(config).fit(fno, data, progress, CancellationToken.none());
    }

    private static String setting(Split s, int epochs, TrainingSummary summary, Fno fno) {
        return String.format(Locale.ROOT, "%s, %d train / %d test, %d epochs, width %d, %d modes, %s padding, %.0f s"
                + " (%.1f samples/s)", shape(s.shape),
                s.train.size(), s.test.size(), epochs, fno.config().width(), fno.config().modes(),
                fno.config().padding() == 0 ? "no" : fno.config().paddingMode().name().toLowerCase(Locale.ROOT),
                summary.seconds(),
                summary.samplesPerSecond());
    }

    private void row(String name, String setting, String metric, double value, double target, String relation) {
        boolean met = value <= target;
        String line = String.format(Locale.ROOT, "| %s | %s | %s | %.3e | %s %.3g | %s |", name, setting, metric, value,
                relation, target, met ? "yes" : "no");
        rows.add(line);
        System.out.println(line);
        System.out.flush();
    }
}
