package org.operatorlab.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A numeric array on its way into a VTK file, written in one of the three ways VTK files store
 * numbers: text, raw binary in a given byte order (legacy files), or base64 with a UInt64 byte-count
 * header (XML files, header and data encoded separately as VTK itself does).
 */
final class VtkArray {
    /** VTK element types with their XML and legacy names. */
    enum Type {
        FLOAT64("Float64", "double", 8),
        INT64("Int64", "vtktypeint64", 8),
        INT32("Int32", "int", 4),
        UINT8("UInt8", "unsigned_char", 1);

        final String xmlName;
        final String legacyName;
        final int bytes;

        Type(String xmlName, String legacyName, int bytes) {
            this.xmlName = xmlName;
            this.legacyName = legacyName;
            this.bytes = bytes;
        }
    }

    /** Values per base64 chunk: a multiple of 3 bytes for every type, so chunks concatenate exactly. */
    private static final int CHUNK_VALUES = 3 * 1024;

    final Type type;
    final int components;
    private final double[] doubles;
    private final int[] ints;

    private VtkArray(Type type, int components, double[] doubles, int[] ints) {
        this.type = type;
        this.components = components;
        this.doubles = doubles;
        this.ints = ints;
    }

    /** Wraps (does not copy) {@code values}; callers pass arrays they own. */
    static VtkArray float64(int components, double[] values) {
        return new VtkArray(Type.FLOAT64, components, values, null);
    }

    static VtkArray integers(Type type, int components, int[] values) {
        if (type == Type.FLOAT64) throw new IllegalArgumentException("integer array of type Float64");
        return new VtkArray(type, components, null, values);
    }

    int length() { return doubles != null ? doubles.length : ints.length; }

    int tuples() { return length() / components; }

    void writeAscii(OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(1 << 16);
        int perLine = components * Math.max(1, 9 / components);
        int n = length();
        for (int i = 0; i < n; i++) {
            if (doubles != null) {
                text.append(doubles[i]);
            } else {
                text.append(ints[i]);
            }
            text.append((i + 1) % perLine == 0 || i == n - 1 ? '\n' : ' ');
            if (text.length() > (1 << 16) - 64) {
                out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
                text.setLength(0);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Raw values in {@code order}, no header (legacy VTK uses big-endian). */
    void writeRaw(OutputStream out, ByteOrder order) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_VALUES * type.bytes).order(order);
        for (int start = 0; start < length(); start += CHUNK_VALUES) {
            fill(buffer, start);
            out.write(buffer.array(), 0, buffer.limit());
        }
    }

    /** Base64 of a little-endian UInt64 byte count, then base64 of the little-endian values. */
    void writeBase64(OutputStream out) throws IOException {
        Base64.Encoder base64 = Base64.getEncoder();
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putLong((long) length() * type.bytes);
        out.write(base64.encode(header.array()));
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_VALUES * type.bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int start = 0; start < length(); start += CHUNK_VALUES) {
            fill(buffer, start);
            byte[] chunk = buffer.limit() == buffer.capacity()
                    ? buffer.array() : java.util.Arrays.copyOf(buffer.array(), buffer.limit());
            out.write(base64.encode(chunk));
        }
    }

    private void fill(ByteBuffer buffer, int start) {
        buffer.clear();
        int end = Math.min(length(), start + CHUNK_VALUES);
        for (int i = start; i < end; i++) {
            switch (type) {
                case FLOAT64 -> buffer.putDouble(doubles[i]);
                case INT64 -> buffer.putLong(ints[i]);
                case INT32 -> buffer.putInt(ints[i]);
                case UINT8 -> buffer.put((byte) ints[i]);
            }
        }
        buffer.flip();
    }
}
