package org.operatorlab.operators.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.operatorlab.solvers.data.NpyArray;
import org.operatorlab.solvers.data.NpzReader;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * A data set of {@code operatorlab generate} as the engines read it: N one-channel input/output pairs
 * at the nodes of a grid ((N, ny, nx) or (N, n)) or of a triangle mesh ((N, nodes)), and the problem
 * it was generated from.
 *
 * @param inputs N * points values, sample-major
 * @param outputs N * points values, sample-major
 * @param shape (N, ny, nx), (N, n) or (N, nodes)
 * @param onMesh whether the points are triangle-mesh nodes (the archive has {@code triangles})
 * @param problemJson the problem file text from the metadata
 */
public record DataSetFile(Path source, double[] inputs, double[] outputs, int[] shape, boolean onMesh,
                          String problemJson) {

    /** Reads and checks the archive; every defect is a one-line error naming the file. */
    public static DataSetFile read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try (NpzReader npz = NpzReader.open(file)) {
            for (String name : new String[] {"inputs", "outputs"}) {
                if (!npz.contains(name)) {
                    throw new IllegalArgumentException(file + ": no '" + name + "' array (make the data set with"
                            + " 'operatorlab generate')");
                }
            }
            NpyArray inputs = npz.array("inputs");
            NpyArray outputs = npz.array("outputs");
            long[] in = inputs.shape();
            long[] out = outputs.shape();
            if (in.length < 2 || in.length > 3) {
                throw new IllegalArgumentException(file + ": 'inputs' must have shape (N, ny, nx) or (N, n), got "
                        + Arrays.toString(in));
            }
            if (!Arrays.equals(in, out)) {
                throw new IllegalArgumentException(file + ": 'outputs' " + Arrays.toString(out) + " must have the shape of"
                        + " 'inputs' " + Arrays.toString(in) + " (one state per sample)");
            }
            int[] shape = new int[in.length];
            for (int i = 0; i < in.length; i++) {
                shape[i] = Math.toIntExact(in[i]);
            }
            String problem = problemJson(npz, file);
            if (problem == null) {
                throw new IllegalArgumentException(file + ": the metadata names no problem; make the data set with"
                        + " 'operatorlab generate'");
            }
            return new DataSetFile(file, inputs.toDoubleArray(), outputs.toDoubleArray(), shape,
                    npz.contains("triangles"), problem);
        }
    }

    public int samples() { return shape[0]; }

    /** Values per sample (nodes of the grid or mesh). */
    public int points() { return inputs.length / shape[0]; }

    /** Grid axes (1 or 2); a mesh data set is 2D. */
    public int dimension() { return onMesh ? 2 : shape.length - 1; }

    /** The problem the data set was generated from. */
    public Problem problem() {
        return ProblemReader.read(problemJson, source + " metadata");
    }

    /** Input of sample {@code i} (a copy). */
    public double[] input(int i) {
        return Arrays.copyOfRange(inputs, i * points(), (i + 1) * points());
    }

    /** Output of sample {@code i} (a copy). */
    public double[] output(int i) {
        return Arrays.copyOfRange(outputs, i * points(), (i + 1) * points());
    }

    /** The problem file text stored in the metadata, or null when it lacks one. */
    private static String problemJson(NpzReader npz, Path file) throws IOException {
        String metadata = npz.metadata().orElse(null);
        if (metadata == null) {
            return null;
        }
        JsonNode problem;
        try {
            problem = new ObjectMapper().readTree(metadata).path("problem");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": 'metadata' is not valid JSON");
        }
        if (problem.isMissingNode() || problem.isNull()) {
            return null;
        }
        return problem.isTextual() ? problem.asText() : problem.toString();
    }
}
