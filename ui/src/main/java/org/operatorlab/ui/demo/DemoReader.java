package org.operatorlab.ui.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a demo file ({@code "format": "operatorlab-demo/1"}). Problem files are named relative to
 * {@code resources/problems}, model files relative to {@code resources/models}; both must exist. Every
 * defect is an {@link IllegalArgumentException} with one line {@code file: $.json.path: what is wrong}.
 */
public final class DemoReader {
    public static final String FORMAT = "operatorlab-demo/1";
    private static final Set<String> KEYS = Set.of("format", "title", "explanation", "problem", "model",
            "train_command", "steps");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path resources;

    /** @param resources the {@code resources} folder holding {@code problems/} and {@code models/} */
    public DemoReader(Path resources) {
        this.resources = resources;
    }

    public Demo read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        Where at = new Where(file);
        if (root == null || !root.isObject()) {
            throw at.error("$", "a demo file is one JSON object");
        }
        unknownKeys(root, KEYS, "$", at);
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw at.error("$.format", "must be \"" + FORMAT + "\"");
        }
        String title = text(root, "title", at);
        String explanation = text(root, "explanation", at);
        Path problem = root.hasNonNull("problem") ? existing(resources.resolve("problems"), root, "problem", at) : null;
        Path model = root.hasNonNull("model") ? existing(resources.resolve("models"), root, "model", at) : null;
        String command = root.hasNonNull("train_command") ? text(root, "train_command", at) : null;
        if ((model == null) != (command == null)) {
            throw at.error("$.train_command", "a shipped model needs the train_command that produced it, and only a model has one");
        }
        JsonNode stepsNode = root.path("steps");
        if (!stepsNode.isArray() || stepsNode.isEmpty()) {
            throw at.error("$.steps", "must be a non-empty list of steps");
        }
        List<DemoStep> steps = new ArrayList<>();
        for (int i = 0; i < stepsNode.size(); i++) {
            steps.add(step(stepsNode.get(i), "$.steps[" + i + "]", at));
        }
        checkOrder(steps, problem, model, at);
        return new Demo(file, title, explanation, problem, model, command, steps);
    }

    private DemoStep step(JsonNode node, String path, Where at) {
        if (!node.isObject()) {
            throw at.error(path, "a step is an object {\"do\": ...}");
        }
        String kind = node.path("do").asText("");
        return switch (kind) {
            case "solve" -> {
                unknownKeys(node, Set.of("do"), path, at);
                yield new DemoStep.Solve();
            }
            case "compare_model" -> {
                unknownKeys(node, Set.of("do", "seed"), path, at);
                yield new DemoStep.CompareModel(integer(node, "seed", 0, 0, Long.MAX_VALUE, path, at));
            }
            case "train_pinn" -> {
                unknownKeys(node, Set.of("do", "hidden", "interior", "boundary", "adam", "lbfgs", "seed"), path, at);
                yield new DemoStep.TrainPinn(widths(node, path, at), (int) integer(node, "interior", 600, 1, 100_000, path, at),
                        (int) integer(node, "boundary", 300, 0, 100_000, path, at),
                        (int) integer(node, "adam", 500, 0, 1_000_000, path, at),
                        (int) integer(node, "lbfgs", 500, 0, 1_000_000, path, at), integer(node, "seed", 1, 0, Long.MAX_VALUE, path, at));
            }
            case "train_deeponet" -> {
                unknownKeys(node, Set.of("do", "sensors", "length_scale", "train_functions", "test_functions", "hidden",
                        "pod_modes", "steps", "batch", "learning_rate", "seed"), path, at);
                yield new DemoStep.TrainDeepOnet((int) integer(node, "sensors", 100, 2, 10_000, path, at),
                        number(node, "length_scale", 0.2, path, at),
                        (int) integer(node, "train_functions", 1000, 1, 1_000_000, path, at),
                        (int) integer(node, "test_functions", 200, 1, 1_000_000, path, at), widths(node, path, at),
                        (int) integer(node, "pod_modes", 0, 0, 10_000, path, at),
                        (int) integer(node, "steps", 3000, 1, 10_000_000, path, at),
                        (int) integer(node, "batch", 100, 1, 1_000_000, path, at),
                        number(node, "learning_rate", 1e-3, path, at), integer(node, "seed", 1, 0, Long.MAX_VALUE, path, at));
            }
            case "recycling" -> {
                unknownKeys(node, Set.of("do", "systems", "k_from", "k_to"), path, at);
                yield new DemoStep.Recycling((int) integer(node, "systems", 20, 2, 10_000, path, at),
                        number(node, "k_from", 0, path, at), number(node, "k_to", 0, path, at));
            }
            default -> throw at.error(path + ".do", "unknown step '" + kind + "'; expected one of "
                    + String.join(", ", DemoStep.names()));
        };
    }

    /** Each step needs what it works on: a problem, the model, or a solution computed before it. */
    private static void checkOrder(List<DemoStep> steps, Path problem, Path model, Where at) {
        boolean solved = false;
        for (int i = 0; i < steps.size(); i++) {
            DemoStep s = steps.get(i);
            String path = "$.steps[" + i + "]";
            boolean needsProblem = !(s instanceof DemoStep.TrainDeepOnet);
            if (needsProblem && problem == null) {
                throw at.error(path, "step '" + s.name() + "' needs a \"problem\"");
            }
            if (s instanceof DemoStep.CompareModel && model == null) {
                throw at.error(path, "step 'compare_model' needs a shipped \"model\"");
            }
            if (s instanceof DemoStep.TrainPinn && !solved) {
                throw at.error(path, "step 'train_pinn' compares with the classical solution: put a 'solve' step before it");
            }
            solved |= s instanceof DemoStep.Solve;
        }
    }

    private static List<Integer> widths(JsonNode node, String path, Where at) {
        JsonNode h = node.path("hidden");
        if (h.isMissingNode()) {
            return List.of(40, 40);
        }
        if (!h.isArray() || h.isEmpty()) {
            throw at.error(path + ".hidden", "must be a non-empty list of layer widths");
        }
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            if (!h.get(i).canConvertToInt() || !h.get(i).isIntegralNumber() || h.get(i).asInt() < 1) {
                throw at.error(path + ".hidden[" + i + "]", "must be a whole number >= 1");
            }
            widths.add(h.get(i).asInt());
        }
        return widths;
    }

    private static long integer(JsonNode node, String key, long fallback, long min, long max, String path, Where at) {
        JsonNode v = node.path(key);
        if (v.isMissingNode()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw at.error(path + "." + key, "must be a whole number in [" + min + ", " + max + "], got " + v);
        }
        return v.asLong();
    }

    private static double number(JsonNode node, String key, double fallback, String path, Where at) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() && fallback > 0) {
            return fallback;
        }
        if (!v.isNumber() || !(v.asDouble() > 0) || Double.isInfinite(v.asDouble())) {
            throw at.error(path + "." + key, "must be a positive number, got " + (v.isMissingNode() ? "nothing" : v));
        }
        return v.asDouble();
    }

    private static String text(JsonNode root, String key, Where at) {
        JsonNode v = root.path(key);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw at.error("$." + key, "must be a non-empty string");
        }
        return v.asText().strip();
    }

    private static Path existing(Path folder, JsonNode root, String key, Where at) {
        Path p = folder.resolve(text(root, key, at)).normalize();
        if (!p.startsWith(folder.normalize())) {
            throw at.error("$." + key, "must name a file inside " + folder);
        }
        if (!Files.isRegularFile(p)) {
            throw at.error("$." + key, "no such file " + p);
        }
        return p;
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String path, Where at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw at.error(path + "." + k, "unknown key; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    /** Builds the one-line errors of one file. */
    private record Where(Path file) {
        IllegalArgumentException error(String path, String what) {
            return new IllegalArgumentException(file + ": " + path + ": " + what);
        }
    }
}
