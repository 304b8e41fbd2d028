package org.operatorlab.operators.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.model.ModelFileException;
import org.operatorlab.operators.pinn.PinnConfig;
import org.operatorlab.operators.pinn.PinnLoss;
import org.operatorlab.operators.pinn.PinnNetwork;
import org.operatorlab.operators.pinn.PinnSetup;
import org.operatorlab.operators.pinn.PinnSolution;
import org.operatorlab.operators.pinn.PinnSolver;
import org.operatorlab.operators.pinn.Points;
import org.operatorlab.operators.train.Normalization;
import org.operatorlab.operators.train.TrainingListener;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * The PINN engine: a tanh MLP u(x[, y][, t]) trained on the residual of the one problem it was given
 * ({@link PinnSolver}: Adam, then L-BFGS), Dirichlet conditions imposed exactly through a distance
 * function where the problem allows it. It answers at any node set of that problem's geometry, at the
 * final time of a time-dependent problem.
 */
final class PinnEngine implements EngineModel {
    static final String ENGINE = "pinn";

    private final PinnNetwork network;
    private final PinnConfig config;
    private final Problem problem;

    private PinnEngine(PinnNetwork network, PinnConfig config, Problem problem) {
        this.network = network;
        this.config = config;
        this.problem = problem;
    }

    static TrainedModel train(EngineSettings s, TrainingSource.ProblemFile source, TrainingListener listener,
                              CancellationToken cancel) {
        Problem problem = source.problem();
        int[] hidden = new int[s.layers()];
        java.util.Arrays.fill(hidden, s.width());
        int edge = Math.max(1, s.collocationPoints() / 5);
        PinnConfig config = new PinnConfig(hidden, s.collocationPoints(), edge, edge, s.epochs(), s.learningRate(),
                s.lbfgsIterations(), 1, s.exactBoundary() && PinnSetup.canImposeExactly(problem), s.seed());
        PinnLoss loss = PinnSetup.build(problem, config);
        PinnEngine engine = new PinnEngine(loss.network(), config, problem);
        return EngineDivergedException.keepingLastGood(() -> {
            PinnSolution solution = new PinnSolver(config).train(loss, listener, cancel);
            int steps = solution.adamSteps() + solution.lbfgsIterations();
            return new TrainingSummary(s.epochs() + s.lbfgsIterations(), steps, steps, solution.loss(), Double.NaN,
                    false, solution.seconds(), steps / solution.seconds(), engine.parameterCount());
        }, summary -> new TrainedModel(engine, source.json(), summary));
    }

    static EngineModel fromFile(ModelFile file) {
        JsonNode a = file.architecture();
        if (file.problemJson() == null) {
            throw new ModelFileException("model file " + file.source() + ": a pinn model must record its problem");
        }
        Problem problem = ProblemReader.read(file.problemJson(), "model file " + file.source());
        try {
            JsonNode h = a.path("hidden");
            int[] hidden = new int[h.isArray() ? h.size() : 0];
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] = h.get(i).intValue();
            }
            PinnConfig config = new PinnConfig(hidden, 1, 0, 0, 0, 1e-3, 0, 1, a.path("hardDirichlet").asBoolean(), 0);
            PinnNetwork network = PinnSetup.network(problem, config);
            file.loadInto(network.parameters());
            return new PinnEngine(network, config, problem);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model file " + file.source() + ": invalid PINN architecture: " + e.getMessage(), e);
        }
    }

    @Override
    public EngineKind kind() { return EngineKind.PINN; }

    @Override
    public boolean takesInput() { return false; }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "pinn: %d parameters, %s tanh, %s boundary conditions", parameterCount(),
                java.util.Arrays.toString(config.hidden()), config.hardDirichlet() ? "exact Dirichlet" : "soft");
    }

    @Override
    public long parameterCount() {
        return network.parameters().stream().mapToLong(p -> p.value().size()).sum();
    }

    /** Mesh-free: any node set of the problem's geometry (the model file's compatibility check sees to that). */
    @Override
    public void checkDomain(ProblemDomain domain) {
        int d = NodeCoordinates.of(domain).dimension();
        int expected = problem.pde().family() == PdeFamily.BURGERS ? 1 : 2;
        if (d != expected) {
            throw new IllegalArgumentException("the pinn model answers in " + expected + "D but the problem's domain is "
                    + d + "D");
        }
    }

    @Override
    public double[][] predict(ProblemDomain domain, double[][] inputs) {
        checkDomain(domain);
        double[] values = network.predict(points(NodeCoordinates.of(domain)));
        double[][] out = new double[inputs.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.clone();
        }
        return out;
    }

    /** The nodes as network inputs: (x), (x, y), with t = the final time for time-dependent problems. */
    private Points points(NodeCoordinates nodes) {
        int n = nodes.count(), d = nodes.dimension();
        double[] x = new double[n], y = d == 2 ? new double[n] : null;
        for (int k = 0; k < n; k++) {
            x[k] = nodes.values()[k * d];
            if (y != null) {
                y[k] = nodes.values()[k * d + 1];
            }
        }
        double[] t = null;
        if (problem.pde().family().isTimeDependent() || problem.pde().family() == PdeFamily.BURGERS) {
            t = new double[n];
            java.util.Arrays.fill(t, problem.time().orElseThrow().end());
        }
        return new Points(x, y, t, null, null);
    }

    @Override
    public ModelFile toModelFile(String problemJson, TrainingSummary summary) {
        ObjectNode a = new ObjectMapper().createObjectNode();
        ArrayNode hidden = a.putArray("hidden");
        for (int w : config.hidden()) {
            hidden.add(w);
        }
        a.put("activation", "TANH");
        a.put("inputs", problem.pde().family() == PdeFamily.HEAT ? 3 : 2);
        a.put("hardDirichlet", config.hardDirichlet());
        a.put("collocationPoints", config.interiorPoints());
        a.put("adamSteps", config.adamSteps());
        a.put("lbfgsIterations", config.lbfgsIterations());
        return new ModelFile(ENGINE, a, Normalization.identity(1, 1), problemJson, summary,
                ModelFile.weightsOf(network.parameters()));
    }
}
