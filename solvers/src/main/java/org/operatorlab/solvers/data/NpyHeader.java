package org.operatorlab.solvers.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a {@code .npy} array: magic, version, and the Python-literal dictionary with
 * {@code descr}, {@code fortran_order} and {@code shape}. Writes version 1.0 (2.0 only when the
 * dictionary is too long for a 16-bit length); reads 1.0, 2.0 and 3.0.
 */
public record NpyHeader(NpyDType dtype, long[] shape) {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy 2 pads headers so data starts on a 64-byte boundary; older NumPy used 16. */
    private static final int ALIGN = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    public NpyHeader {
        shape = shape.clone();
        for (long s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative array dimension in shape " + Arrays.toString(shape));
            }
        }
    }

    @Override
    public long[] shape() { return shape.clone(); }

    /** Number of elements: the product of the shape (1 for a 0-d array). */
    public long elementCount() {
        long n = 1;
        for (long s : shape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    public long dataBytes() { return Math.multiplyExact(elementCount(), dtype.size()); }

    /** The header bytes: magic, version, length, padded dictionary ending in a newline. */
    public byte[] encode() {
        StringBuilder dict = new StringBuilder("{'descr': '").append(dtype.descr())
                .append("', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            dict.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        dict.append(shape.length == 1 ? ",), }" : "), }");
        boolean wide = dict.length() + 1 + 10 > 0xFFFF;
        int prefix = wide ? 12 : 10;
        int total = prefix + dict.length() + 1;
        int padded = (total + ALIGN - 1) / ALIGN * ALIGN;
        dict.append(" ".repeat(padded - total)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[prefix + text.length];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = (byte) (wide ? 2 : 1);
        out[7] = 0;
        int len = text.length;
        out[8] = (byte) len;
        out[9] = (byte) (len >>> 8);
        if (wide) {
            out[10] = (byte) (len >>> 16);
            out[11] = (byte) (len >>> 24);
        }
        System.arraycopy(text, 0, out, prefix, text.length);
        return out;
    }

    /** Reads a header from the start of a {@code .npy} stream; {@code where} names it in errors. */
    public static NpyHeader read(InputStream in, String where) throws IOException {
        byte[] start = in.readNBytes(8);
        if (start.length < 8 || !Arrays.equals(Arrays.copyOf(start, 6), MAGIC)) {
            throw new IOException(where + ": not a .npy array (bad magic)");
        }
        int major = start[6];
        int lengthBytes = switch (major) {
            case 1 -> 2;
            case 2, 3 -> 4;
            default -> throw new IOException(where + ": unsupported .npy version " + major + "." + start[7]);
        };
        byte[] lenBytes = in.readNBytes(lengthBytes);
        if (lenBytes.length < lengthBytes) {
            throw new IOException(where + ": truncated .npy header");
        }
        long len = 0;
        for (int i = lengthBytes - 1; i >= 0; i--) {
            len = (len << 8) | (lenBytes[i] & 0xFF);
        }
        if (len > 1 << 24) {
            throw new IOException(where + ": .npy header length " + len + " is implausible");
        }
        byte[] text = in.readNBytes((int) len);
        if (text.length < len) {
            throw new IOException(where + ": truncated .npy header");
        }
        return parse(new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1), where);
    }

    static NpyHeader parse(String dict, String where) throws IOException {
        Matcher d = DESCR.matcher(dict);
        Matcher f = FORTRAN.matcher(dict);
        Matcher s = SHAPE.matcher(dict);
        if (!d.find() || !f.find() || !s.find()) {
            throw new IOException(where + ": malformed .npy header " + dict.strip());
        }
        if (f.group(1).equals("True")) {
            throw new IOException(where + ": Fortran-ordered arrays are not supported; save with C order");
        }
        NpyDType dtype;
        try {
            dtype = NpyDType.fromDescr(d.group(1), where);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        String body = s.group(1).strip();
        long[] shape = body.isEmpty() ? new long[0]
                : Arrays.stream(body.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                        .mapToLong(t -> parseDimension(t, where)).toArray();
        return new NpyHeader(dtype, shape);
    }

    private static long parseDimension(String token, String where) {
        try {
            return Long.parseLong(token.endsWith("L") ? token.substring(0, token.length() - 1) : token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": bad dimension '" + token + "' in .npy shape");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && h.dtype == dtype && Arrays.equals(h.shape, shape);
    }

    @Override
    public int hashCode() { return 31 * dtype.hashCode() + Arrays.hashCode(shape); }

    @Override
    public String toString() { return dtype.descr() + Arrays.toString(shape); }
}
