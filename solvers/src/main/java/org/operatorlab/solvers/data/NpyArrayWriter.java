package org.operatorlab.solvers.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * One array of an {@link NpzWriter}, filled row by row (a row is one index of the first axis) in any
 * order and from any thread. Rows go straight to a temporary {@code .npy} file, whose header is written
 * first because the shape is known in advance, so memory holds one row, never the whole array.
 */
public final class NpyArrayWriter {
    private final String name;
    private final NpyHeader header;
    private final Path file;
    private final FileChannel channel;
    private final long dataOffset;
    private final long rows;
    private final int rowLength;
    private final BitSet written = new BitSet();

    NpyArrayWriter(String name, NpyHeader header, Path file) throws IOException {
        this.name = name;
        this.header = header;
        this.file = file;
        long[] shape = header.shape();
        this.rows = shape.length == 0 ? 1 : shape[0];
        long len = 1;
        for (int i = 1; i < shape.length; i++) {
            len = Math.multiplyExact(len, shape[i]);
        }
        if (rows > Integer.MAX_VALUE || len * header.dtype().size() > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("array '" + name + "' shape " + header + " has too many rows or too long a row");
        }
        this.rowLength = (int) len;
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ,
                StandardOpenOption.TRUNCATE_EXISTING);
        byte[] head = header.encode();
        channel.write(ByteBuffer.wrap(head), 0);
        this.dataOffset = head.length;
    }

    public String name() { return name; }
    public NpyHeader header() { return header; }
    /** Length of the first axis (1 for a 0-d array). */
    public long rows() { return rows; }
    /** Elements per row: the product of all axes but the first. */
    public int rowLength() { return rowLength; }

    /** Writes row {@code row}; floating arrays take any values, integer arrays need integral ones. */
    public void writeRow(long row, double[] values) {
        ByteBuffer b = rowBuffer(row, values.length);
        switch (header.dtype()) {
            case FLOAT64 -> b.asDoubleBuffer().put(values);
            case FLOAT32 -> { for (double v : values) b.putFloat((float) v); }
            default -> {
                for (int i = 0; i < values.length; i++) {
                    long v = (long) values[i];
                    if (v != values[i]) {
                        throw new IllegalArgumentException("array '" + name + "' (" + header.dtype().descr()
                                + ") cannot hold " + values[i] + " at row " + row + ", column " + i);
                    }
                }
                long[] l = new long[values.length];
                for (int i = 0; i < values.length; i++) l[i] = (long) values[i];
                putIntegers(b, l, row);
            }
        }
        put(row, b);
    }

    public void writeRow(long row, float[] values) {
        requireFloating();
        ByteBuffer b = rowBuffer(row, values.length);
        if (header.dtype() == NpyDType.FLOAT32) {
            b.asFloatBuffer().put(values);
        } else {
            for (float v : values) b.putDouble(v);
        }
        put(row, b);
    }

    public void writeRow(long row, long[] values) {
        ByteBuffer b = rowBuffer(row, values.length);
        putIntegers(b, values, row);
        put(row, b);
    }

    public void writeRow(long row, int[] values) {
        long[] l = new long[values.length];
        for (int i = 0; i < values.length; i++) l[i] = values[i];
        writeRow(row, l);
    }

    /** Writes every row at once from a flat C-order array. */
    public void writeAll(double[] values) {
        if ((long) values.length != rows * rowLength) {
            throw new IllegalArgumentException("array '" + name + "' " + header + " needs " + rows * rowLength
                    + " values, got " + values.length);
        }
        double[] row = new double[rowLength];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(values, r * rowLength, row, 0, rowLength);
            writeRow(r, row);
        }
    }

    public void writeAll(long[] values) {
        if ((long) values.length != rows * rowLength) {
            throw new IllegalArgumentException("array '" + name + "' " + header + " needs " + rows * rowLength
                    + " values, got " + values.length);
        }
        long[] row = new long[rowLength];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(values, r * rowLength, row, 0, rowLength);
            writeRow(r, row);
        }
    }

    public void writeAll(int[] values) {
        long[] l = new long[values.length];
        for (int i = 0; i < values.length; i++) l[i] = values[i];
        writeAll(l);
    }

    /** True when every row has been written. */
    public synchronized boolean isComplete() { return written.cardinality() == rows; }

    synchronized long firstMissingRow() { return written.nextClearBit(0); }

    Path file() { return file; }

    long fileSize() { return dataOffset + header.dataBytes(); }

    void closeChannel() throws IOException { channel.close(); }

    void discard() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }

    private void putIntegers(ByteBuffer b, long[] values, long row) {
        switch (header.dtype()) {
            case INT64 -> b.asLongBuffer().put(values);
            case INT32 -> { for (long v : values) b.putInt(checkedInt(v, row, Integer.MIN_VALUE, Integer.MAX_VALUE)); }
            case UINT8 -> { for (long v : values) b.put((byte) checkedInt(v, row, 0, 255)); }
            case FLOAT64 -> { for (long v : values) b.putDouble(v); }
            case FLOAT32 -> { for (long v : values) b.putFloat(v); }
        }
    }

    private int checkedInt(long v, long row, long min, long max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException("array '" + name + "' (" + header.dtype().descr() + ") cannot hold "
                    + v + " at row " + row);
        }
        return (int) v;
    }

    private void requireFloating() {
        if (!header.dtype().isFloating()) {
            throw new IllegalArgumentException("array '" + name + "' holds " + header.dtype().descr()
                    + "; write integers to it");
        }
    }

    private ByteBuffer rowBuffer(long row, int length) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("array '" + name + "' has rows 0.." + (rows - 1) + ", got row " + row);
        }
        if (length != rowLength) {
            throw new IllegalArgumentException("array '" + name + "' rows hold " + rowLength + " values, got " + length);
        }
        return ByteBuffer.allocate(rowLength * header.dtype().size()).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void put(long row, ByteBuffer b) {
        b.rewind();
        long pos = dataOffset + row * (long) b.capacity();
        try {
            while (b.hasRemaining()) {
                pos += channel.write(b, pos);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing row " + row + " of array '" + name + "' to " + file, e);
        }
        synchronized (this) {
            written.set((int) row);
        }
    }
}
