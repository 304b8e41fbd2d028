package org.operatorlab.operators.engine;

import org.operatorlab.operators.fno.Fno;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.model.ModelFileException;

/** Rebuilds the engine model a file describes, by the engine name in its metadata. */
final class EngineModels {
    private EngineModels() { }

    static EngineModel fromFile(ModelFile file) {
        return switch (file.engine()) {
            case Fno.ENGINE -> FnoEngine.fromFile(file);
            case DeepOnetEngine.ENGINE -> DeepOnetEngine.fromFile(file);
            case PinnEngine.ENGINE -> PinnEngine.fromFile(file);
            default -> throw new ModelFileException("model file " + file.source() + " holds an unknown engine '"
                    + file.engine() + "' (this program knows fno, deeponet and pinn)");
        };
    }
}
