package org.operatorlab.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.operatorlab.operators.engine.EngineDivergedException;
import org.operatorlab.operators.engine.EngineKind;
import org.operatorlab.operators.engine.EngineSettings;
import org.operatorlab.operators.engine.EngineTraining;
import org.operatorlab.operators.engine.TrainedModel;
import org.operatorlab.operators.engine.TrainingSource;
import org.operatorlab.operators.train.TrainingDivergedException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code operatorlab train --engine fno|tfno|deeponet|pinn (--data data.npz | --problem P.json) --out
 * model.olm}: parses the options and hands them to the engine façade ({@link EngineTraining}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a neural engine and write the model file: fno or tfno (Tucker-factorised FNO) or deeponet"
                + " on a data set from 'operatorlab generate', pinn on a problem file. Options left out take the"
                + " engine's defaults. Progress per epoch on stderr; Ctrl-C cancels and writes nothing. A run whose"
                + " loss diverges exits with an error and keeps the model of its last good epoch as"
                + " <out stem>.last-good.olm, never as --out.")
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--engine", defaultValue = "fno", paramLabel = "NAME",
            description = "fno|tfno|deeponet|pinn (default: ${DEFAULT-VALUE})")
    String engine;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "training data (.npz from generate) for fno, tfno and deeponet")
        Path data;

        @Option(names = "--problem", required = true, paramLabel = "FILE", description = "problem file for pinn")
        Path problem;
    }

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "model file to write (.olm)")
    Path out;

    @Option(names = "--epochs", description = "epochs; pinn: Adam steps (fno 100, deeponet 500, pinn 1000)")
    Integer epochs;

    @Option(names = "--batch", description = "mini-batch size in samples (default 20)")
    Integer batch;

    @Option(names = "--lr", description = "Adam learning rate; cosine schedule for data engines (default 1e-3)")
    Double learningRate;

    @Option(names = "--width", description = "fno: channels of the Fourier layers (32); deeponet: hidden width and"
            + " latent size (64); pinn: hidden width (32)")
    Integer width;

    @Option(names = "--modes", description = "fno: Fourier modes kept per axis (12); deeponet --trunk pod: POD modes (16)")
    Integer modes;

    @Option(names = "--layers", description = "fno: Fourier layers (4); deeponet, pinn: hidden layers (3)")
    Integer layers;

    @Option(names = "--rank", description = "tfno: share of the dense spectral parameters kept by the Tucker factors (0.1)")
    Double rank;

    @Option(names = "--validation", paramLabel = "F", description = "share of samples held out for validation (0.1)")
    Double validation;

    @Option(names = "--patience", paramLabel = "P",
            description = "stop after P epochs without a better validation error; 0 trains every epoch (0)")
    Integer patience;

    @Option(names = "--seed", description = "seed of the weights, shuffle, split and collocation points (fno 0, pinn 1)")
    Long seed;

    @Option(names = "--trunk", paramLabel = "net|pod", description = "deeponet: trained trunk net or POD basis (net)")
    String trunk;

    @Option(names = "--sensors", description = "deeponet: at most this many input values feed the branch (1024)")
    Integer sensors;

    @Option(names = "--lbfgs", description = "pinn: L-BFGS iterations after Adam (1000)")
    Integer lbfgs;

    @Option(names = "--points", description = "pinn: interior collocation points (1000)")
    Integer points;

    @Option(names = "--boundary", paramLabel = "exact|soft", description = "pinn: Dirichlet conditions imposed exactly"
            + " through a distance function where the problem allows (exact), or as loss terms (soft) (exact)")
    String boundary;

    @Option(names = "--grid", description = "fno on a triangle mesh: nodes per axis of its bounding-box grid (64)")
    Integer grid;

    @Override
    public Integer call() throws Exception {
        EngineSettings settings = settings(EngineKind.parse(engine));
        TrainingSource from = source.data != null ? TrainingSource.data(source.data) : TrainingSource.problem(source.problem);
        TrainedModel trained;
        try {
            trained = CancelOnInterrupt.run(cancel -> EngineTraining.train(settings, from,
                    new EpochProgress(spec.commandLine().getErr()), cancel));
        } catch (EngineDivergedException e) {
            throw new UserException(e.reason() + "; " + keepLastGood(e));
        } catch (TrainingDivergedException e) {
            throw new UserException(e.getMessage() + "; no model was written");
        }
        trained.save(out);
        spec.commandLine().getOut().println(trained.summaryLine());
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }

    /**
     * Writes the model set back to its last good epoch next to --out, never as --out, so a diverged run is
     * never taken for a finished one; says what became of it.
     */
    private String keepLastGood(EngineDivergedException e) {
        TrainedModel lastGood = e.lastGoodModel().orElse(null);
        if (lastGood == null) {
            return "no epoch before it was good, so no model was written";
        }
        Path file = lastGoodFile(out);
        try {
            lastGood.save(file);
        } catch (IOException io) {
            return "could not keep the last good model (epoch " + e.lastGoodEpoch() + ") in " + file + ": " + io.getMessage();
        }
        return "kept the last good model (epoch " + e.lastGoodEpoch() + ") in " + file;
    }

    /** model.olm -> model.last-good.olm, in the same folder. */
    static Path lastGoodFile(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".last-good.olm");
    }

    /** The engine's defaults with every option the user gave. */
    private EngineSettings settings(EngineKind kind) {
        EngineSettings s = EngineSettings.defaults(kind);
        if (epochs != null) { s = s.withEpochs(epochs); }
        if (batch != null) { s = s.withBatch(batch); }
        if (learningRate != null) { s = s.withLearningRate(learningRate); }
        if (width != null) { s = s.withWidth(width); }
        if (modes != null) { s = s.withModes(modes); }
        if (layers != null) { s = s.withLayers(layers); }
        if (rank != null) { s = s.withRank(rank); }
        if (validation != null) { s = s.withValidation(validation); }
        if (patience != null) { s = s.withPatience(patience); }
        if (seed != null) { s = s.withSeed(seed); }
        if (trunk != null) { s = s.withTrunk(EngineSettings.Trunk.parse(trunk)); }
        if (sensors != null) { s = s.withSensors(sensors); }
        if (lbfgs != null) { s = s.withLbfgsIterations(lbfgs); }
        if (points != null) { s = s.withCollocationPoints(points); }
        if (grid != null) { s = s.withGridSize(grid); }
        if (boundary != null) {
            if (!boundary.equals("exact") && !boundary.equals("soft")) {
                throw new UserException("--boundary must be exact or soft, got '" + boundary + "'");
            }
            s = s.withExactBoundary(boundary.equals("exact"));
        }
        return s;
    }
}
