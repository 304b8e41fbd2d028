package org.operatorlab.operators.tensor;

import java.util.Arrays;

/** Shape arithmetic for C-ordered (row-major, last axis fastest) tensors. */
public final class Shapes {
    private Shapes() {
    }

    /** Number of elements; throws on a negative extent or an overflowing product. */
    public static int size(int... shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative extent in shape " + Arrays.toString(shape));
            }
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has more than 2^31-1 elements");
            }
        }
        return (int) n;
    }

    /** C-order strides in elements. */
    public static int[] strides(int... shape) {
        int[] s = new int[shape.length];
        int stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = stride;
            stride *= shape[i];
        }
        return s;
    }

    /** Axis index with negative values counting from the end (-1 = last); checked. */
    public static int axis(int axis, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new IllegalArgumentException("axis " + axis + " out of range for rank " + rank);
        }
        return a;
    }

    /** NumPy broadcast of two shapes (right-aligned; extents equal or 1). */
    public static int[] broadcast(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = extent(a, i - rank + a.length);
            int db = extent(b, i - rank + b.length);
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("shapes " + Arrays.toString(a) + " and " + Arrays.toString(b)
                        + " do not broadcast (axis " + i + ": " + da + " vs " + db + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    private static int extent(int[] shape, int i) {
        return i < 0 ? 1 : shape[i];
    }

    static String text(int[] shape) {
        return Arrays.toString(shape);
    }
}
