package org.operatorlab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.operatorlab.operators.fno.Factorization;
import org.operatorlab.operators.fno.Fno;
import org.operatorlab.operators.fno.FnoConfig;
import org.operatorlab.operators.fno.FnoFiles;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.train.Trainer;
import org.operatorlab.operators.train.TrainingConfig;
import org.operatorlab.operators.train.TrainingDivergedException;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.solvers.fft.FftPlans;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code operatorlab train --engine fno --data data.npz --out model.olm}: fits an FNO (or a Tucker TFNO)
 * to a data set of {@code operatorlab generate} with the shared {@link Trainer}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a Fourier neural operator (fno) or its Tucker-factorised variant (tfno) on a data set"
                + " from 'operatorlab generate' and write the model file. Progress per epoch on stderr; Ctrl-C"
                + " cancels and writes nothing.")
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--engine", defaultValue = "fno", paramLabel = "NAME", description = "fno|tfno (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "training data (.npz from generate)")
    Path data;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "model file to write (.olm)")
    Path out;

    @Option(names = "--epochs", defaultValue = "100", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "20", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", defaultValue = "1e-3", description = "Adam learning rate, cosine schedule (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--width", defaultValue = "32", description = "channels of the Fourier layers (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--modes", defaultValue = "12", description = "Fourier modes kept per axis (default: ${DEFAULT-VALUE})")
    int modes;

    @Option(names = "--layers", defaultValue = "4", description = "Fourier layers (default: ${DEFAULT-VALUE})")
    int layers;

    @Option(names = "--rank", defaultValue = "0.1",
            description = "tfno: share of the dense spectral parameters kept by the Tucker factors (default: ${DEFAULT-VALUE})")
    double rank;

    @Option(names = "--validation", defaultValue = "0.1", paramLabel = "F",
            description = "share of samples held out for validation (default: ${DEFAULT-VALUE})")
    double validation;

    @Option(names = "--patience", defaultValue = "0", paramLabel = "P",
            description = "stop after P epochs without a better validation error; 0 trains every epoch (default: ${DEFAULT-VALUE})")
    int patience;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the weights, shuffle and split (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Factorization factorization = switch (engine) {
            case "fno" -> Factorization.NONE;
            case "tfno" -> Factorization.TUCKER;
            default -> throw new UserException("--engine must be fno or tfno, got '" + engine + "'");
        };
        GridDataSet set = GridDataSet.read(data);
        if (set.problemJson() == null) {
            throw new UserException(data + ": the metadata names no problem; make the data set with 'operatorlab generate'");
        }
        Problem problem = ProblemReader.read(set.problemJson(), data + " metadata");
        FnoConfig config = new FnoConfig(width, modes, layers, padding(problem), factorization,
                factorization == Factorization.NONE ? 1 : rank, 128);
        TrainingConfig training = TrainingConfig.defaults().withEpochs(epochs).withBatchSize(batch)
                .withLearningRate(learningRate).withValidationFraction(validation).withPatience(patience).withSeed(seed);
        Fno fno = new Fno(config, set.dimension(), 1, 1, DType.FLOAT32, seed, new FftPlans());
        PrintWriter err = spec.commandLine().getErr();
        TrainingSummary summary;
        try {
            summary = CancelOnInterrupt.run(cancel -> new Trainer(training).fit(fno, set.data(), new DivergenceGuard(new EpochProgress(err)), cancel));
        } catch (TrainingDivergedException e) {
            throw new UserException(e.getMessage() + "; no model was written");
        }
        FnoFiles.toModelFile(fno, set.problemJson(), summary).write(out);
        spec.commandLine().getOut().println(summaryLine(fno, summary));
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }

    /** No padding on periodic grids (the FFT's own wrap-around is right there); 10% otherwise, as in the FNO paper. */
    private static double padding(Problem problem) {
        ProblemDomain domain = ProblemDomains.mesh(problem);
        if (!(domain instanceof ProblemDomain.Grid g)) {
            throw new UserException("problem '" + problem.name() + "' uses triangles; the FNO needs a grid");
        }
        return g.grid().periodicX() ? 0 : 0.1;
    }

    static String summaryLine(Fno fno, TrainingSummary s) {
        return String.format(Locale.ROOT, "%s: %d parameters (%d spectral), %d of %d epochs, best validation relative L2"
                        + " %.4g at epoch %d, %.1f s, %.1f samples/s",
                fno.config().factorization() == Factorization.NONE ? "fno" : "tfno", fno.parameterCount(),
                fno.spectralParameterCount(), s.epochsRun(), s.epochsPlanned(), s.bestValidationError(), s.bestEpoch(),
                s.seconds(), s.samplesPerSecond());
    }
}
