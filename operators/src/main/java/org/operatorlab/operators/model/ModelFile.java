package org.operatorlab.operators.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.operatorlab.mesh.io.AtomicFiles;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.Normalization;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.operators.train.UnitGaussianNormalizer;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * A trained model as users keep it: a ZIP with {@code model.json} (format {@value #FORMAT}, engine,
 * architecture, normalisation statistics, the problem JSON it was trained for, training summary) and
 * {@code weights.bin} (named arrays with shapes, see {@link WeightsCodec}). Engines turn their models
 * into a ModelFile and back ({@code Fno.toModelFile}, {@code Fno.fromModelFile}); this class knows no
 * engine. Written atomically; every defect found on reading is a one-line {@link ModelFileException}
 * naming the file.
 */
public final class ModelFile {
    public static final String FORMAT = "operatorlab-model/1";
    static final String METADATA = "model.json";
    static final String WEIGHTS = "weights.bin";

    private final String source;
    private final String engine;
    private final ObjectNode architecture;
    private final Normalization normalization;
    private final String problemJson;
    private final TrainingSummary summary;
    private final Map<String, Tensor> weights;

    /**
     * @param problemJson the problem file text the model was trained for, or null
     * @param summary the training report, or null for an untrained model
     */
    public ModelFile(String engine, ObjectNode architecture, Normalization normalization, String problemJson,
                     TrainingSummary summary, Map<String, Tensor> weights) {
        this("(memory)", engine, architecture, normalization, problemJson, summary, weights);
    }

    private ModelFile(String source, String engine, ObjectNode architecture, Normalization normalization, String problemJson,
                      TrainingSummary summary, Map<String, Tensor> weights) {
        this.source = source;
        this.engine = engine;
        this.architecture = architecture.deepCopy();
        this.normalization = normalization;
        this.problemJson = problemJson;
        this.summary = summary;
        this.weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** The values of {@code parameters} by name (copies, so later training does not change this file). */
    public static Map<String, Tensor> weightsOf(List<Parameter> parameters) {
        Map<String, Tensor> w = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (w.put(p.name(), p.value().copy()) != null) {
                throw new IllegalArgumentException("two parameters are named '" + p.name() + "'");
            }
        }
        return w;
    }

    public String source() { return source; }
    public String engine() { return engine; }
    public ObjectNode architecture() { return architecture.deepCopy(); }
    public Normalization normalization() { return normalization; }
    public String problemJson() { return problemJson; }
    public TrainingSummary summary() { return summary; }
    public Map<String, Tensor> weights() { return weights; }

    /** Copies the stored arrays into {@code parameters}, which must match them by name and shape. */
    public void loadInto(List<Parameter> parameters) {
        if (parameters.size() != weights.size()) {
            throw new ModelFileException("model file " + source + " holds " + weights.size() + " arrays but the "
                    + engine + " model it describes has " + parameters.size() + " parameters");
        }
        for (Parameter p : parameters) {
            Tensor stored = weights.get(p.name());
            if (stored == null) {
                throw new ModelFileException("model file " + source + " has no array '" + p.name() + "'");
            }
            if (!Arrays.equals(stored.shape(), p.value().shape())) {
                throw new ModelFileException("model file " + source + ": array '" + p.name() + "' has shape "
                        + Arrays.toString(stored.shape()) + " but the model needs " + Arrays.toString(p.value().shape()));
            }
            p.value().assign(stored);
        }
    }

    /**
     * Refuses to apply this model to {@code problem} unless it was trained for the same PDE family on
     * the same geometry (grid resolution may differ).
     */
    public void checkCompatible(Problem problem) {
        if (problemJson == null) {
            throw new ModelFileException("model file " + source + " does not record the problem it was trained for");
        }
        Problem trained;
        try {
            trained = ProblemReader.read(problemJson, "model file " + source);
        } catch (RuntimeException e) {
            throw new ModelFileException("model file " + source + ": its stored problem is invalid: " + e.getMessage(), e);
        }
        if (trained.pde().family() != problem.pde().family()) {
            throw new ModelFileException("model file " + source + " was trained for the " + trained.pde().family().key()
                    + " family, not " + problem.pde().family().key() + " (problem '" + problem.name() + "')");
        }
        if (!trained.geometry().equals(problem.geometry())) {
            throw new ModelFileException("model file " + source + " was trained on the geometry " + trained.geometry()
                    + ", not " + problem.geometry() + " (problem '" + problem.name() + "')");
        }
    }

    /** Writes the archive atomically (a failed write leaves any previous file untouched). */
    public void write(Path target) throws IOException {
        byte[] metadata = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(metadataJson());
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(METADATA));
            zip.write(metadata);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(WEIGHTS));
            WeightsCodec.write(weights, zip);
            zip.closeEntry();
            zip.finish();
        });
    }

    private ObjectNode metadataJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("engine", engine);
        root.set("architecture", architecture);
        ObjectNode norm = root.putObject("normalization");
        norm.set("input", normalizerJson(mapper, normalization.input()));
        norm.set("output", normalizerJson(mapper, normalization.output()));
        if (problemJson != null) {
            root.put("problem", problemJson);
        }
        if (summary != null) {
            root.set("training", mapper.valueToTree(summary));
        }
        return root;
    }

    private static ObjectNode normalizerJson(ObjectMapper mapper, UnitGaussianNormalizer n) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode mean = o.putArray("mean"), std = o.putArray("std");
        for (double v : n.mean()) {
            mean.add(v);
        }
        for (double v : n.std()) {
            std.add(v);
        }
        return o;
    }

    /** Reads and checks an archive. */
    public static ModelFile read(Path file) throws IOException {
        String where = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry meta = zip.getEntry(METADATA), bin = zip.getEntry(WEIGHTS);
            if (meta == null || bin == null) {
                throw new ModelFileException("model file " + where + " lacks " + (meta == null ? METADATA : WEIGHTS)
                        + " (not an OperatorLab model)");
            }
            JsonNode root;
            try (InputStream in = zip.getInputStream(meta)) {
                root = new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                throw new ModelFileException("model file " + where + ": " + METADATA + " is not valid JSON ("
                        + e.getOriginalMessage() + ")", e);
            }
            String format = text(root, "format", where);
            if (!FORMAT.equals(format)) {
                throw new ModelFileException("model file " + where + " has format '" + format + "'; this program reads "
                        + FORMAT);
            }
            String engine = text(root, "engine", where);
            JsonNode arch = root.get("architecture");
            if (arch == null || !arch.isObject()) {
                throw new ModelFileException("model file " + where + ": " + METADATA + " has no architecture object");
            }
            Normalization normalization = normalization(root.get("normalization"), where);
            String problem = root.hasNonNull("problem") ? root.get("problem").asText() : null;
            TrainingSummary summary = root.hasNonNull("training")
                    ? new ObjectMapper().treeToValue(root.get("training"), TrainingSummary.class) : null;
            Map<String, Tensor> weights;
            try (InputStream in = zip.getInputStream(bin)) {
                weights = WeightsCodec.read(in, where);
            }
            return new ModelFile(where, engine, (ObjectNode) arch, normalization, problem, summary, weights);
        } catch (NoSuchFileException e) {
            throw new ModelFileException("model file " + where + " does not exist", e);
        } catch (ZipException e) {
            throw new ModelFileException("model file " + where + " is truncated or not a ZIP archive (" + e.getMessage() + ")", e);
        } catch (java.io.EOFException e) {
            throw new ModelFileException("model file " + where + " is truncated", e);
        }
    }

    private static String text(JsonNode root, String field, String where) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual()) {
            throw new ModelFileException("model file " + where + ": " + METADATA + " has no \"" + field + "\" text");
        }
        return n.asText();
    }

    private static Normalization normalization(JsonNode n, String where) {
        if (n == null) {
            throw new ModelFileException("model file " + where + ": " + METADATA + " has no normalization");
        }
        return new Normalization(normalizer(n.get("input"), where, "input"), normalizer(n.get("output"), where, "output"));
    }

    private static UnitGaussianNormalizer normalizer(JsonNode n, String where, String which) {
        if (n == null || !n.path("mean").isArray() || !n.path("std").isArray()) {
            throw new ModelFileException("model file " + where + ": " + which + " normalization needs mean and std arrays");
        }
        double[] mean = new double[n.get("mean").size()], std = new double[n.get("std").size()];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = n.get("mean").get(i).asDouble();
        }
        for (int i = 0; i < std.length; i++) {
            std[i] = n.get("std").get(i).asDouble();
        }
        try {
            return new UnitGaussianNormalizer(mean, std);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model file " + where + ": " + which + " " + e.getMessage(), e);
        }
    }
}
