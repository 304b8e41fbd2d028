package org.operatorlab.operators.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.operators.deeponet.DeepOnet;
import org.operatorlab.operators.deeponet.DeepOnetObjective;
import org.operatorlab.operators.deeponet.OperatorData;
import org.operatorlab.operators.deeponet.PodBasis;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.model.ModelFileException;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.LearningRateSchedule;
import org.operatorlab.operators.train.LossKind;
import org.operatorlab.operators.train.Normalization;
import org.operatorlab.operators.train.Objective;
import org.operatorlab.operators.train.Trainer;
import org.operatorlab.operators.train.TrainingConfig;
import org.operatorlab.operators.train.TrainingListener;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.operators.train.UnitGaussianNormalizer;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;

/**
 * The DeepONet engine on a data set of {@code generate}: the branch net reads the standardised input at
 * up to {@code sensors} nodes spread evenly over the node list, the trunk net reads node coordinates
 * scaled to [-1, 1] over the training nodes' bounding box (or is a POD basis of the training outputs),
 * unstacked with a bias; the network works on standardised values, the loss is the relative L2 error in
 * the data's own units (as the FNO's). Trained by the shared {@link Trainer}; validation is the same
 * error on the held-out samples.
 */
final class DeepOnetEngine implements EngineModel {
    static final String ENGINE = "deeponet";
    private static final Activation ACTIVATION = Activation.TANH;

    private final DeepOnet net;
    private final int[] sensors;
    private final int points;
    private final double[] box;
    private final Normalization normalization;
    private final ObjectNode architecture;
    private final List<Parameter> fixed;

    private DeepOnetEngine(DeepOnet net, int[] sensors, int points, double[] box, Normalization normalization,
                           ObjectNode architecture, List<Parameter> fixed) {
        this.net = net;
        this.sensors = sensors;
        this.points = points;
        this.box = box;
        this.normalization = normalization;
        this.architecture = architecture;
        this.fixed = fixed;
    }

    static TrainedModel train(EngineSettings s, DataSetFile set, TrainingListener listener, CancellationToken cancel) {
        ProblemDomain domain = ProblemDomains.mesh(set.problem());
        NodeCoordinates nodes = NodeCoordinates.of(domain);
        int p = set.points();
        if (nodes.count() != p) {
            throw new IllegalArgumentException(set.source() + ": samples have " + p + " values but the problem's "
                    + (domain instanceof ProblemDomain.Grid ? "grid" : "mesh") + " has " + nodes.count() + " nodes");
        }
        int[][] split = Trainer.split(set.samples(), s.validation(), s.seed());
        Normalization normalization = new Normalization(UnitGaussianNormalizer.fit(set.inputs(), 1, p, split[0]),
                UnitGaussianNormalizer.fit(set.outputs(), 1, p, split[0]));
        int[] sensors = sensors(p, s.sensors());
        double[] box = nodes.box();
        Tensor coordinates = scaled(nodes, box);
        OperatorData train = data(set, split[0], sensors, normalization, coordinates);
        int[] hidden = new int[s.layers()];
        java.util.Arrays.fill(hidden, s.width());
        ObjectNode a = new ObjectMapper().createObjectNode();
        a.put("activation", ACTIVATION.name());
        a.put("points", p);
        a.put("coordinateDimension", nodes.dimension());
        putArray(a.putArray("box"), box);
        ArrayNode sensorArray = a.putArray("sensors");
        for (int k : sensors) {
            sensorArray.add(k);
        }
        DeepOnet net;
        List<Parameter> fixed = new ArrayList<>();
        if (s.trunk() == EngineSettings.Trunk.POD) {
            int modes = Math.min(s.modes(), Math.min(train.samples(), p));
            PodBasis pod = PodBasis.fit(train.outputs(), modes);
            net = DeepOnet.pod(hidden, sensors.length, pod, ACTIVATION, s.seed());
            a.put("trunk", "pod");
            a.put("podModes", modes);
            a.put("podEnergy", pod.energy());
            fixed.add(new Parameter("pod.mean", pod.mean()));
            fixed.add(new Parameter("pod.modes", pod.modes()));
        } else {
            net = DeepOnet.unstacked(widths(sensors.length, hidden, s.width()), widths(nodes.dimension(), hidden, s.width()),
                    ACTIVATION, s.seed());
            a.put("trunk", "net");
        }
        a.put("width", s.width());
        a.put("layers", s.layers());
        DeepOnetEngine engine = new DeepOnetEngine(net, sensors, p, box, normalization, a, fixed);
        TrainingConfig config = new TrainingConfig(s.epochs(), s.batch(), s.learningRate(), 0,
                LearningRateSchedule.cosine(0), 0, s.patience(), s.seed(), LossKind.RELATIVE_L2);
        // relative L2 in the data's units, as the FNO: samples whose solution is small count as much as large ones
        Objective objective = engine.objective(new DeepOnetObjective(net, train, null, true,
                normalization.output().std()[0], normalization.output().mean()[0]), set, split[1], coordinates);
        return EngineDivergedException.keepingLastGood(() -> new Trainer(config).fit(objective, listener, cancel),
                summary -> new TrainedModel(engine, set.problemJson(), summary));
    }

    /** The shared objective, with validation measured in the data's units on the held-out samples. */
    private Objective objective(DeepOnetObjective inner, DataSetFile set, int[] validationRows, Tensor coordinates) {
        return new Objective() {
            @Override public List<Parameter> parameters() { return inner.parameters(); }
            @Override public int trainingSize() { return inner.trainingSize(); }
            @Override public Tensor loss(Tape tape, int[] batch) { return inner.loss(tape, batch); }

            @Override
            public double validationError() {
                if (validationRows.length == 0) {
                    return Double.NaN;
                }
                double[][] inputs = new double[validationRows.length][];
                for (int i = 0; i < inputs.length; i++) {
                    inputs[i] = set.input(validationRows[i]);
                }
                double[][] predicted = predictRaw(coordinates, inputs);
                double sum = 0;
                for (int i = 0; i < inputs.length; i++) {
                    sum += RelativeL2.of(predicted[i], set.output(validationRows[i]));
                }
                return sum / inputs.length;
            }
        };
    }

    static EngineModel fromFile(ModelFile file) {
        JsonNode a = file.architecture();
        try {
            int p = a.path("points").intValue();
            int d = a.path("coordinateDimension").intValue();
            int width = a.path("width").intValue(), layers = a.path("layers").intValue();
            int[] sensors = ints(a.path("sensors"));
            double[] box = doubles(a.path("box"));
            if (p < 1 || d < 1 || d > 2 || width < 1 || layers < 1 || sensors.length == 0 || box.length != 2 * d) {
                throw new IllegalArgumentException("needs points, coordinateDimension, width, layers, sensors and box");
            }
            for (int k : sensors) {
                if (k < 0 || k >= p) {
                    throw new IllegalArgumentException("sensor index " + k + " is outside 0.." + (p - 1));
                }
            }
            int[] hidden = new int[layers];
            java.util.Arrays.fill(hidden, width);
            DeepOnet net;
            List<Parameter> fixed = new ArrayList<>();
            if ("pod".equals(a.path("trunk").asText())) {
                int modes = a.path("podModes").intValue();
                Parameter mean = new Parameter("pod.mean", Tensor.zeros(DType.FLOAT64, p));
                Parameter basis = new Parameter("pod.modes", Tensor.zeros(DType.FLOAT64, p, modes));
                fixed.add(mean);
                fixed.add(basis);
                net = DeepOnet.pod(hidden, sensors.length, new PodBasis(mean.value(), basis.value(),
                        a.path("podEnergy").asDouble(Double.NaN)), ACTIVATION, 0);
            } else {
                net = DeepOnet.unstacked(widths(sensors.length, hidden, width), widths(d, hidden, width), ACTIVATION, 0);
            }
            List<Parameter> all = new ArrayList<>(net.parameters());
            all.addAll(fixed);
            file.loadInto(all);
            return new DeepOnetEngine(net, sensors, p, box, file.normalization(), file.architecture(), fixed);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model file " + file.source() + ": invalid DeepONet architecture: " + e.getMessage(), e);
        }
    }

    @Override
    public EngineKind kind() { return EngineKind.DEEPONET; }

    @Override
    public String describe() {
        String trunk = net.isPod() ? String.format(Locale.ROOT, "POD trunk of %d modes (%.4g of the variance)",
                net.podBasis().size(), net.podBasis().energy()) : "trunk net";
        return String.format(Locale.ROOT, "deeponet: %d parameters, %d sensors, %s", parameterCount(), sensors.length, trunk);
    }

    @Override
    public long parameterCount() {
        return net.parameters().stream().mapToLong(q -> q.value().size()).sum();
    }

    @Override
    public void checkDomain(ProblemDomain domain) {
        NodeCoordinates nodes = NodeCoordinates.of(domain);
        if (nodes.count() != points || nodes.dimension() != box.length / 2) {
            throw new IllegalArgumentException("the deeponet model reads its input at the " + points + " nodes it was"
                    + " trained on, but this problem's " + (domain instanceof ProblemDomain.Grid ? "grid" : "mesh")
                    + " has " + nodes.count() + " (use the training resolution)");
        }
    }

    @Override
    public double[][] predict(ProblemDomain domain, double[][] inputs) {
        checkDomain(domain);
        return predictRaw(scaled(NodeCoordinates.of(domain), box), inputs);
    }

    /** Predictions at the nodes whose scaled coordinates are given (ignored by a POD trunk), in the data's units. */
    private double[][] predictRaw(Tensor coordinates, double[][] inputs) {
        double[] branch = new double[inputs.length * sensors.length];
        double mean = normalization.input().mean()[0], std = normalization.input().std()[0];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].length != points) {
                throw new IllegalArgumentException("input " + i + " has " + inputs[i].length + " values, the model reads "
                        + points);
            }
            for (int k = 0; k < sensors.length; k++) {
                branch[i * sensors.length + k] = (inputs[i][sensors[k]] - mean) / std;
            }
        }
        Tape tape = Tape.noGrad();
        double[] y = net.forward(tape, Tensor.of(branch, inputs.length, sensors.length), coordinates).toDoubleArray();
        double outMean = normalization.output().mean()[0], outStd = normalization.output().std()[0];
        double[][] out = new double[inputs.length][points];
        for (int i = 0; i < inputs.length; i++) {
            for (int j = 0; j < points; j++) {
                out[i][j] = y[i * points + j] * outStd + outMean;
            }
        }
        return out;
    }

    @Override
    public ModelFile toModelFile(String problemJson, TrainingSummary summary) {
        Map<String, Tensor> weights = ModelFile.weightsOf(net.parameters());
        weights.putAll(ModelFile.weightsOf(fixed));
        return new ModelFile(ENGINE, architecture, normalization, problemJson, summary, weights);
    }

    // ---- helpers ----

    /** {@code count} node indices spread evenly over 0..points-1 (all nodes when there are fewer). */
    static int[] sensors(int points, int count) {
        int m = Math.min(points, count);
        int[] s = new int[m];
        for (int k = 0; k < m; k++) {
            s[k] = (int) ((long) k * points / m);
        }
        return s;
    }

    private static int[] widths(int first, int[] hidden, int last) {
        int[] w = new int[hidden.length + 2];
        w[0] = first;
        System.arraycopy(hidden, 0, w, 1, hidden.length);
        w[w.length - 1] = last;
        return w;
    }

    /** Coordinates [P, d] mapped affinely from the box to [-1, 1] per axis. */
    static Tensor scaled(NodeCoordinates nodes, double[] box) {
        int d = nodes.dimension();
        double[] v = nodes.values().clone();
        for (int k = 0; k < nodes.count(); k++) {
            for (int a = 0; a < d; a++) {
                double lo = box[a], hi = box[d + a];
                v[k * d + a] = hi > lo ? 2 * (v[k * d + a] - lo) / (hi - lo) - 1 : 0;
            }
        }
        return Tensor.of(v, nodes.count(), d);
    }

    private static OperatorData data(DataSetFile set, int[] rows, int[] sensors, Normalization n, Tensor coordinates) {
        int p = set.points(), m = sensors.length;
        double inMean = n.input().mean()[0], inStd = n.input().std()[0];
        double outMean = n.output().mean()[0], outStd = n.output().std()[0];
        double[] in = new double[rows.length * m], out = new double[rows.length * p];
        for (int i = 0; i < rows.length; i++) {
            int base = rows[i] * p;
            for (int k = 0; k < m; k++) {
                in[i * m + k] = (set.inputs()[base + sensors[k]] - inMean) / inStd;
            }
            for (int j = 0; j < p; j++) {
                out[i * p + j] = (set.outputs()[base + j] - outMean) / outStd;
            }
        }
        return new OperatorData(Tensor.of(in, rows.length, m), Tensor.of(out, rows.length, p), coordinates);
    }

    private static void putArray(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }

    private static int[] ints(JsonNode n) {
        int[] v = new int[n.isArray() ? n.size() : 0];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).intValue();
        }
        return v;
    }

    private static double[] doubles(JsonNode n) {
        double[] v = new double[n.isArray() ? n.size() : 0];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).doubleValue();
        }
        return v;
    }
}
