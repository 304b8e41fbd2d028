package org.operatorlab.solvers.data;

/** The NumPy element types OperatorLab reads and writes, all little-endian (bytes have no order). */
public enum NpyDType {
    FLOAT64("<f8", 8),
    FLOAT32("<f4", 4),
    INT32("<i4", 4),
    INT64("<i8", 8),
    UINT8("|u1", 1);

    private final String descr;
    private final int size;

    NpyDType(String descr, int size) {
        this.descr = descr;
        this.size = size;
    }

    /** The {@code descr} string in a {@code .npy} header, e.g. {@code <f8}. */
    public String descr() { return descr; }

    /** Bytes per element. */
    public int size() { return size; }

    public boolean isFloating() { return this == FLOAT64 || this == FLOAT32; }

    /**
     * The type a header's {@code descr} names ({@code <u1} and {@code u1} also mean bytes). Big-endian
     * and other types are refused with a message naming {@code where}.
     */
    public static NpyDType fromDescr(String descr, String where) {
        for (NpyDType t : values()) {
            if (t.descr.equals(descr)) {
                return t;
            }
        }
        if (descr.equals("<u1") || descr.equals("u1")) {
            return UINT8;
        }
        throw new IllegalArgumentException(where + ": unsupported NumPy dtype '" + descr
                + "' (supported: <f8, <f4, <i4, <i8, |u1)");
    }
}
