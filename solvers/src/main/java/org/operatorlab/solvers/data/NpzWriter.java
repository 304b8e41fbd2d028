package org.operatorlab.solvers.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.operatorlab.mesh.io.AtomicFiles;

/**
 * Writes a NumPy {@code .npz} archive that Python reads with {@code np.load}.
 *
 * <p>Arrays are declared with their final shape ({@link #array}) and filled row by row, in any order,
 * through the returned {@link NpyArrayWriter}; each goes to a temporary {@code .npy} file beside the
 * target, so N samples never sit in memory. {@link #finish()} zips them into the target atomically;
 * {@link #close()} without {@code finish()} (an error, a cancellation) deletes the temporary files and
 * leaves no archive.
 *
 * <p>Metadata is a JSON string stored as a 1-d uint8 array named {@value #METADATA}; Python reads it
 * with {@code json.loads(bytes(np.load(path)["metadata"]))}.
 */
public final class NpzWriter implements AutoCloseable {
    /** Name of the array holding the UTF-8 JSON metadata. */
    public static final String METADATA = "metadata";

    /** How zip entries are stored: {@code STORED} is what {@code np.savez} does and is fastest. */
    public enum Compression { STORED, DEFLATED }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    /** A fixed entry time keeps archives byte-identical across runs with the same content. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Path target;
    private final Path dir;
    private final Compression compression;
    private final Map<String, NpyArrayWriter> arrays = new LinkedHashMap<>();
    private boolean finished;

    private NpzWriter(Path target, Compression compression) throws IOException {
        this.target = target.toAbsolutePath();
        this.dir = this.target.getParent();
        this.compression = compression;
        if (dir != null) {
            Files.createDirectories(dir);
        }
    }

    /** A writer for {@code target} with stored (uncompressed) entries. */
    public static NpzWriter create(Path target) throws IOException { return create(target, Compression.STORED); }

    public static NpzWriter create(Path target, Compression compression) throws IOException {
        return new NpzWriter(target, compression);
    }

    /** Declares an array of the given type and final shape, to be filled through the returned writer. */
    public synchronized NpyArrayWriter array(String name, NpyDType dtype, long... shape) throws IOException {
        requireOpen();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("array name '" + name + "' must be a Python-friendly identifier");
        }
        if (arrays.containsKey(name)) {
            throw new IllegalArgumentException("array '" + name + "' is already in " + target.getFileName());
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "." + name + ".", ".npy.part");
        try {
            NpyArrayWriter w = new NpyArrayWriter(name, new NpyHeader(dtype, shape), tmp);
            arrays.put(name, w);
            return w;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Writes a whole double array of the given shape. */
    public void put(String name, double[] values, long... shape) throws IOException {
        array(name, NpyDType.FLOAT64, shape).writeAll(values);
    }

    /** Writes a whole float32 array of the given shape (values rounded to float). */
    public void putFloat32(String name, double[] values, long... shape) throws IOException {
        array(name, NpyDType.FLOAT32, shape).writeAll(values);
    }

    /** Writes a whole int32 array of the given shape. */
    public void put(String name, int[] values, long... shape) throws IOException {
        array(name, NpyDType.INT32, shape).writeAll(values);
    }

    /** Writes a whole int64 array of the given shape. */
    public void put(String name, long[] values, long... shape) throws IOException {
        array(name, NpyDType.INT64, shape).writeAll(values);
    }

    /** Stores JSON text as the {@value #METADATA} uint8 array. */
    public void putMetadata(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        long[] values = new long[bytes.length];
        for (int i = 0; i < bytes.length; i++) values[i] = bytes[i] & 0xFF;
        array(METADATA, NpyDType.UINT8, bytes.length).writeAll(values);
    }

    /**
     * Zips every array into the target, atomically. Fails, writing nothing, if any declared array
     * has rows that were never written.
     */
    public synchronized void finish() throws IOException {
        requireOpen();
        for (NpyArrayWriter w : arrays.values()) {
            if (!w.isComplete()) {
                throw new IllegalStateException("array '" + w.name() + "' " + w.header() + " has no row "
                        + w.firstMissingRow() + "; nothing written to " + target);
            }
            w.closeChannel();
        }
        AtomicFiles.write(target, this::writeZip);
        finished = true;
        deleteParts();
    }

    /** Deletes temporary files; after {@link #finish()} that is all, without it no archive appears. */
    @Override
    public synchronized void close() throws IOException {
        finished = true;
        deleteParts();
    }

    private void writeZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setMethod(compression == Compression.STORED ? ZipOutputStream.STORED : ZipOutputStream.DEFLATED);
        byte[] buf = new byte[1 << 16];
        for (NpyArrayWriter w : arrays.values()) {
            ZipEntry e = new ZipEntry(w.name() + ".npy");
            e.setTimeLocal(ENTRY_TIME);
            if (compression == Compression.STORED) {
                long size = Files.size(w.file());
                e.setSize(size);
                e.setCompressedSize(size);
                e.setCrc(crc(w.file(), buf));
            }
            zip.putNextEntry(e);
            try (InputStream in = Files.newInputStream(w.file())) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    zip.write(buf, 0, n);
                }
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static long crc(Path file, byte[] buf) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue();
    }

    private void deleteParts() throws IOException {
        IOException first = null;
        for (NpyArrayWriter w : arrays.values()) {
            try {
                w.discard();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        arrays.clear();
        if (first != null) throw first;
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("npz writer for " + target + " is already finished or closed");
        }
    }
}
