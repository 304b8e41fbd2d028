package org.operatorlab.operators.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

/** What an engine learns from: a data set of {@code generate} (FNO, TFNO, DeepONet) or a problem file (PINN). */
public sealed interface TrainingSource {
    /** Samples of the problem's input-to-solution map. */
    record Data(DataSetFile set) implements TrainingSource { }

    /** One problem, whose PDE residual the PINN minimises; {@code json} is its file text, kept in the model. */
    record ProblemFile(Problem problem, String json) implements TrainingSource { }

    /** Reads a data set (.npz from generate). */
    static TrainingSource data(Path file) throws IOException {
        return new Data(DataSetFile.read(file));
    }

    /** Reads a problem file. */
    static TrainingSource problem(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        Problem problem = ProblemReader.read(file);
        return new ProblemFile(problem, Files.readString(file));
    }

    /** The problem the source is about. */
    default Problem problemDefinition() {
        return this instanceof Data d ? d.set().problem() : ((ProblemFile) this).problem();
    }
}
