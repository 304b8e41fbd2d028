package org.operatorlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.operatorlab.operators.train.OperatorData;
import org.operatorlab.solvers.data.NpyArray;
import org.operatorlab.solvers.data.NpzReader;

/**
 * A data set of {@code operatorlab generate} on a grid, as the FNO commands need it: one-channel
 * input/output pairs of shape [N, 1, ny, nx] (or [N, 1, n] in 1D) and the problem JSON it was made from.
 *
 * @param dimension 1 or 2 grid axes
 */
record GridDataSet(OperatorData data, int dimension, String problemJson) {

    static GridDataSet read(Path file) throws IOException {
        if (!java.nio.file.Files.exists(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        try (NpzReader npz = NpzReader.open(file)) {
            if (npz.contains("triangles")) {
                throw new UserException(file + ": the data set lives on a triangle mesh; the FNO needs a grid data set");
            }
            NpyArray inputs = npz.array("inputs");
            NpyArray outputs = npz.array("outputs");
            long[] in = inputs.shape();
            long[] out = outputs.shape();
            if (in.length < 2 || in.length > 3) {
                throw new UserException(file + ": 'inputs' must have shape (N, ny, nx) or (N, n), got " + Arrays.toString(in));
            }
            if (!Arrays.equals(in, out)) {
                throw new UserException(file + ": 'outputs' " + Arrays.toString(out) + " must have the shape of 'inputs' "
                        + Arrays.toString(in) + " (one state per sample)");
            }
            int[] sampleShape = new int[in.length];
            for (int i = 0; i < in.length; i++) {
                sampleShape[i] = Math.toIntExact(in[i]);
            }
            OperatorData data = OperatorData.singleChannel(inputs.toDoubleArray(), outputs.toDoubleArray(), sampleShape);
            return new GridDataSet(data, in.length - 1, problemJson(npz, file));
        }
    }

    /** The problem the data set was generated from, as JSON text; null when the metadata lacks it. */
    private static String problemJson(NpzReader npz, Path file) throws IOException {
        String metadata = npz.metadata().orElse(null);
        if (metadata == null) {
            return null;
        }
        JsonNode problem;
        try {
            problem = new ObjectMapper().readTree(metadata).path("problem");
        } catch (IOException e) {
            throw new UserException(file + ": 'metadata' is not valid JSON");
        }
        if (problem.isMissingNode() || problem.isNull()) {
            return null;
        }
        return problem.isTextual() ? problem.asText() : problem.toString();
    }
}
