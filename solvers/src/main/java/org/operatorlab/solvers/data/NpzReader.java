package org.operatorlab.solvers.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads NumPy {@code .npz} archives (as written by {@code np.savez}, {@code np.savez_compressed} or
 * {@link NpzWriter}): a zip of {@code NAME.npy} entries, stored or deflated. Arrays are read on demand.
 */
public final class NpzReader implements AutoCloseable {
    private final Path path;
    private final ZipFile zip;
    private final List<String> names;

    private NpzReader(Path path) throws IOException {
        this.path = path;
        try {
            this.zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            throw new IOException(path + ": cannot open as .npz archive (" + e.getMessage() + ")", e);
        }
        List<String> found = new ArrayList<>();
        zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".npy"))
                .forEach(n -> found.add(n.substring(0, n.length() - 4)));
        this.names = Collections.unmodifiableList(found);
    }

    public static NpzReader open(Path path) throws IOException { return new NpzReader(path); }

    /** Array names in archive order, without the {@code .npy} suffix. */
    public List<String> names() { return names; }

    public boolean contains(String name) { return zip.getEntry(name + ".npy") != null; }

    /** The header (type and shape) of an array, without reading its data. */
    public NpyHeader header(String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(name))) {
            return NpyHeader.read(in, where(name));
        }
    }

    public NpyArray array(String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(name))) {
            NpyHeader header = NpyHeader.read(in, where(name));
            long bytes = header.dataBytes();
            if (bytes > Integer.MAX_VALUE - 16) {
                throw new IOException(where(name) + ": array of " + bytes + " bytes is too large to load at once");
            }
            byte[] data = in.readNBytes((int) bytes);
            if (data.length != bytes) {
                throw new IOException(where(name) + ": truncated data, expected " + bytes + " bytes, found "
                        + data.length);
            }
            return new NpyArray(name, header, data);
        }
    }

    /** The JSON text of the {@code metadata} entry, if the archive has one. */
    public Optional<String> metadata() throws IOException {
        return contains(NpzWriter.METADATA) ? Optional.of(array(NpzWriter.METADATA).toUtf8String()) : Optional.empty();
    }

    private ZipEntry entry(String name) throws IOException {
        ZipEntry e = zip.getEntry(name + ".npy");
        if (e == null) {
            throw new IOException(path + ": no array named '" + name + "' (has " + names + ")");
        }
        return e;
    }

    private String where(String name) { return path + "[" + name + "]"; }

    @Override
    public void close() throws IOException { zip.close(); }
}
