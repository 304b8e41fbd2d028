package org.operatorlab.operators.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;

/**
 * The {@code weights.bin} entry: magic "OLWT", int version 1, int count, then per array its name
 * (modified UTF-8), dtype byte (0 float32, 1 float64), int rank, int dims, and the values, all
 * big-endian. Values are stored in their own precision, so a round trip is exact.
 */
final class WeightsCodec {
    private static final int MAGIC = 0x4F4C5754;   // "OLWT"
    private static final int VERSION = 1;
    /** Guards allocations against corrupt headers. */
    private static final long MAX_VALUES = 1L << 31;

    private WeightsCodec() {
    }

    static void write(Map<String, Tensor> weights, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(weights.size());
        for (Map.Entry<String, Tensor> e : weights.entrySet()) {
            Tensor t = e.getValue();
            out.writeUTF(e.getKey());
            out.writeByte(t.dtype() == DType.FLOAT32 ? 0 : 1);
            int[] shape = t.shape();
            out.writeInt(shape.length);
            for (int d : shape) {
                out.writeInt(d);
            }
            if (t.dtype() == DType.FLOAT32) {
                for (float v : t.toFloatArray()) {
                    out.writeFloat(v);
                }
            } else {
                for (double v : t.toDoubleArray()) {
                    out.writeDouble(v);
                }
            }
        }
        out.flush();
    }

    /** Reads the arrays; {@code where} names the file in messages. */
    static Map<String, Tensor> read(InputStream stream, String where) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        try {
            if (in.readInt() != MAGIC) {
                throw new ModelFileException("model file " + where + ": weights.bin is not an OperatorLab weights entry");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new ModelFileException("model file " + where + ": weights.bin version " + version
                        + " is not supported (this program reads version " + VERSION + ")");
            }
            int count = in.readInt();
            if (count < 0) {
                throw new ModelFileException("model file " + where + ": weights.bin is corrupt (" + count + " arrays)");
            }
            Map<String, Tensor> weights = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int dtype = in.readByte();
                int rank = in.readInt();
                if ((dtype != 0 && dtype != 1) || rank < 0 || rank > 16) {
                    throw new ModelFileException("model file " + where + ": weights.bin is corrupt at array '" + name + "'");
                }
                int[] shape = new int[rank];
                long size = 1;
                for (int d = 0; d < rank; d++) {
                    shape[d] = in.readInt();
                    size *= Math.max(0, shape[d]);
                    if (shape[d] < 0 || size > MAX_VALUES) {
                        throw new ModelFileException("model file " + where + ": weights.bin has an impossible shape "
                                + Arrays.toString(Arrays.copyOf(shape, d + 1)) + " for '" + name + "'");
                    }
                }
                Tensor t;
                if (dtype == 0) {
                    float[] v = new float[(int) size];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    t = Tensor.of(v, shape);
                } else {
                    double[] v = new double[(int) size];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readDouble();
                    }
                    t = Tensor.of(v, shape);
                }
                weights.put(name, t);
            }
            return weights;
        } catch (EOFException e) {
            throw new ModelFileException("model file " + where + " is truncated: weights.bin ends early", e);
        }
    }
}
