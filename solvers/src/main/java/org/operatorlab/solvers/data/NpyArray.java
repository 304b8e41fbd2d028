package org.operatorlab.solvers.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One array read from a {@code .npy}/{@code .npz}: its type, shape and little-endian data. */
public final class NpyArray {
    private final String name;
    private final NpyHeader header;
    private final ByteBuffer data;

    NpyArray(String name, NpyHeader header, byte[] bytes) {
        this.name = name;
        this.header = header;
        this.data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asReadOnlyBuffer()
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    public String name() { return name; }
    public NpyDType dtype() { return header.dtype(); }
    public long[] shape() { return header.shape(); }
    public int size() { return (int) header.elementCount(); }

    /** The values as doubles, converting from any stored type. */
    public double[] toDoubleArray() {
        int n = size();
        double[] out = new double[n];
        switch (dtype()) {
            case FLOAT64 -> data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
            case FLOAT32 -> {
                float[] f = toFloatArray();
                for (int i = 0; i < n; i++) out[i] = f[i];
            }
            default -> {
                long[] l = toLongArray();
                for (int i = 0; i < n; i++) out[i] = l[i];
            }
        }
        return out;
    }

    /** The values as floats; only for float32 arrays (use {@link #toDoubleArray()} otherwise). */
    public float[] toFloatArray() {
        requireType(NpyDType.FLOAT32);
        float[] out = new float[size()];
        data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    /** The values as longs; for integer arrays only (int32, int64, uint8). */
    public long[] toLongArray() {
        int n = size();
        long[] out = new long[n];
        ByteBuffer b = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        switch (dtype()) {
            case INT64 -> b.asLongBuffer().get(out);
            case INT32 -> { for (int i = 0; i < n; i++) out[i] = b.getInt(4 * i); }
            case UINT8 -> { for (int i = 0; i < n; i++) out[i] = b.get(i) & 0xFF; }
            default -> throw new IllegalStateException("array '" + name + "' holds " + dtype().descr()
                    + ", not integers");
        }
        return out;
    }

    /** The values as ints; for int32 and uint8 arrays, and int64 arrays whose values fit. */
    public int[] toIntArray() {
        long[] l = toLongArray();
        int[] out = new int[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = Math.toIntExact(l[i]);
        }
        return out;
    }

    /** The raw bytes of a uint8 array. */
    public byte[] toByteArray() {
        requireType(NpyDType.UINT8);
        byte[] out = new byte[size()];
        data.duplicate().get(out);
        return out;
    }

    /** A uint8 array read back as UTF-8 text (how the {@code metadata} entry stores JSON). */
    public String toUtf8String() { return new String(toByteArray(), StandardCharsets.UTF_8); }

    private void requireType(NpyDType t) {
        if (dtype() != t) {
            throw new IllegalStateException("array '" + name + "' holds " + dtype().descr() + ", not " + t.descr());
        }
    }

    @Override
    public String toString() { return name + ": " + dtype().descr() + " " + Arrays.toString(shape()); }
}
