package org.operatorlab.operators.fno;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.operatorlab.operators.model.ModelFile;
import org.operatorlab.operators.model.ModelFileException;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.solvers.fft.FftPlans;

/** FNO/TFNO models to and from {@link ModelFile}s (engine {@value Fno#ENGINE}). */
public final class FnoFiles {
    private FnoFiles() {
    }

    /** A model file of {@code fno} as it is now; {@code problemJson} and {@code summary} may be null. */
    public static ModelFile toModelFile(Fno fno, String problemJson, TrainingSummary summary) {
        FnoConfig c = fno.config();
        ObjectNode a = new ObjectMapper().createObjectNode();
        a.put("dimension", fno.dimension());
        a.put("inChannels", fno.inChannels());
        a.put("outChannels", fno.outChannels());
        a.put("dtype", fno.dtype().name());
        a.put("width", c.width());
        a.put("modes", c.modes());
        a.put("layers", c.layers());
        a.put("padding", c.padding());
        a.put("factorization", c.factorization().name());
        a.put("rank", c.rank());
        a.put("projectionWidth", c.projectionWidth());
        a.put("paddingMode", c.paddingMode().name());
        a.put("period", c.period());
        return new ModelFile(Fno.ENGINE, a, fno.normalization(), problemJson, summary,
                ModelFile.weightsOf(fno.parameters()));
    }

    /** Rebuilds the model a file describes, with its weights and normalisation. */
    public static Fno fromModelFile(ModelFile file, FftPlans plans) {
        if (!Fno.ENGINE.equals(file.engine())) {
            throw new ModelFileException("model file " + file.source() + " holds a " + file.engine() + " model, not an FNO");
        }
        JsonNode a = file.architecture();
        Fno fno;
        try {
            FnoConfig config = new FnoConfig(integer(a, "width", file), integer(a, "modes", file), integer(a, "layers", file),
                    number(a, "padding", file), Factorization.valueOf(a.path("factorization").asText()),
                    number(a, "rank", file), integer(a, "projectionWidth", file),
                    // files written before these two fields existed padded with zeros, period from the padding
                    PaddingMode.valueOf(a.path("paddingMode").asText("ZERO")), a.path("period").asDouble(0));
            fno = new Fno(config, integer(a, "dimension", file), integer(a, "inChannels", file),
                    integer(a, "outChannels", file), DType.valueOf(a.path("dtype").asText()), 0, plans);
            fno.setNormalization(file.normalization());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model file " + file.source() + ": invalid FNO architecture: " + e.getMessage(), e);
        }
        file.loadInto(fno.parameters());
        return fno;
    }

    private static int integer(JsonNode a, String field, ModelFile file) {
        if (!a.path(field).isInt()) {
            throw new ModelFileException("model file " + file.source() + ": FNO architecture needs an integer \"" + field + "\"");
        }
        return a.get(field).asInt();
    }

    private static double number(JsonNode a, String field, ModelFile file) {
        if (!a.path(field).isNumber()) {
            throw new ModelFileException("model file " + file.source() + ": FNO architecture needs a number \"" + field + "\"");
        }
        return a.get(field).asDouble();
    }
}
