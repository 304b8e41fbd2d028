package org.operatorlab.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.operatorlab.operators.fno.Fno;
import org.operatorlab.operators.fno.FnoFiles;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.model.ModelFileException;
import org.operatorlab.solvers.fft.FftPlans;

/** Reads an FNO model file with a user-facing message for a file that is not a model at all. */
final class FnoModels {
    private FnoModels() { }

    /** Runs model-file work, turning its one-line {@link ModelFileException} into a user error. */
    static <T> T userError(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ModelFileException e) {
            throw new UserException(e.getMessage());
        }
    }

    record Loaded(ModelFile file, Fno fno) { }

    static Loaded read(Path path) throws IOException {
        if (!java.nio.file.Files.exists(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        ModelFile file;
        try {
            file = ModelFile.read(path);
        } catch (java.util.zip.ZipException e) {
            throw new UserException("model file " + path + " is damaged or not a model file (" + e.getMessage() + ")");
        } catch (java.io.EOFException e) {
            throw new UserException("model file " + path + " is truncated");
        } catch (ModelFileException e) {
            throw new UserException(e.getMessage());
        }
        return new Loaded(file, userError(() -> FnoFiles.fromModelFile(file, new FftPlans())));
    }
}
