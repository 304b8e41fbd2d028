package org.operatorlab.operators.tensor;

import java.util.Arrays;

/**
 * An n-dimensional array of float32 or float64 values in C order (last axis fastest), contiguous
 * from an offset into its storage, with an optional gradient for reverse-mode differentiation.
 *
 * <p>Tensors made by the user are leaves; tensors made by {@link Tape} operations are interior
 * nodes whose gradients live only during {@link Tape#backward}. A leaf created with
 * {@link #requiresGrad(boolean) requiresGrad(true)} accumulates its gradient in {@link #grad()}
 * across backward passes until {@link #zeroGrad()}. Reshapes and leading-axis slices are views that
 * share storage; the values of a tensor are mutable (optimisers update parameters in place), its
 * shape is not.
 */
public final class Tensor {
    private final int[] shape;
    private final int size;
    private final Storage storage;
    private final int offset;
    private boolean requiresGrad;
    private boolean leaf = true;
    private Tensor grad;

    Tensor(Storage storage, int offset, int[] shape) {
        this.shape = shape.clone();
        this.size = Shapes.size(shape);
        if (offset < 0 || offset + size > storage.length()) {
            throw new IllegalArgumentException("tensor of shape " + Shapes.text(shape) + " at offset " + offset
                    + " does not fit a storage of " + storage.length() + " values");
        }
        this.storage = storage;
        this.offset = offset;
    }

    public static Tensor zeros(DType dtype, int... shape) {
        return new Tensor(Storage.allocate(dtype, Shapes.size(shape)), 0, shape);
    }

    public static Tensor zerosLike(Tensor t) {
        return zeros(t.dtype(), t.shape);
    }

    public static Tensor full(DType dtype, double value, int... shape) {
        Tensor t = zeros(dtype, shape);
        t.fill(value);
        return t;
    }

    /** Wraps {@code values} (not copied) as a float32 tensor. */
    public static Tensor of(float[] values, int... shape) {
        return new Tensor(new Storage.F32(values), 0, checkLength(values.length, shape));
    }

    /** Wraps {@code values} (not copied) as a float64 tensor. */
    public static Tensor of(double[] values, int... shape) {
        return new Tensor(new Storage.F64(values), 0, checkLength(values.length, shape));
    }

    public static Tensor scalar(DType dtype, double value) {
        return full(dtype, value);
    }

    private static int[] checkLength(int length, int[] shape) {
        if (length != Shapes.size(shape)) {
            throw new IllegalArgumentException(length + " values do not fill shape " + Shapes.text(shape));
        }
        return shape;
    }

    public int[] shape() { return shape.clone(); }
    public int rank() { return shape.length; }
    public int size() { return size; }
    public DType dtype() { return storage.dtype(); }

    /** Extent of {@code axis} (negative counts from the end). */
    public int dim(int axis) {
        return shape[Shapes.axis(axis, shape.length)];
    }

    /** Value at C-order position {@code i} (0 .. size-1). */
    public double get(int i) {
        return storage.get(offset + checkIndex(i));
    }

    public void set(int i, double v) {
        storage.set(offset + checkIndex(i), v);
    }

    /** Value at a multi-index. */
    public double at(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index of rank " + index.length + " for shape " + Shapes.text(shape));
        }
        int flat = 0;
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " outside shape " + Shapes.text(shape));
            }
            flat = flat * shape[i] + index[i];
        }
        return storage.get(offset + flat);
    }

    /** The single value of a one-element tensor. */
    public double item() {
        if (size != 1) {
            throw new IllegalStateException("item() of a tensor of shape " + Shapes.text(shape));
        }
        return storage.get(offset);
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("position " + i + " outside tensor of " + size + " values");
        }
        return i;
    }

    public void fill(double v) {
        for (int i = 0; i < size; i++) {
            storage.set(offset + i, v);
        }
    }

    /** Copies the values of {@code src} (same size, any dtype) into this tensor. */
    public void assign(Tensor src) {
        if (src.size != size) {
            throw new IllegalArgumentException("cannot assign " + Shapes.text(src.shape) + " to " + Shapes.text(shape));
        }
        for (int i = 0; i < size; i++) {
            storage.set(offset + i, src.storage.get(src.offset + i));
        }
    }

    public double[] toDoubleArray() {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = storage.get(offset + i);
        }
        return out;
    }

    public float[] toFloatArray() {
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = (float) storage.get(offset + i);
        }
        return out;
    }

    /** A new leaf tensor with a copy of the values in {@code dtype}. */
    public Tensor to(DType dtype) {
        Tensor t = zeros(dtype, shape);
        t.assign(this);
        return t;
    }

    public Tensor copy() {
        return to(dtype());
    }

    /** A leaf sharing this tensor's values, outside any graph. */
    public Tensor detach() {
        return new Tensor(storage, offset, shape);
    }

    /** Marks a leaf as trainable (its gradient is accumulated by backward passes); returns this. */
    public Tensor requiresGrad(boolean on) {
        if (!leaf) {
            throw new IllegalStateException("requiresGrad can only be set on leaf tensors; use detach() first");
        }
        this.requiresGrad = on;
        return this;
    }

    public boolean requiresGrad() { return requiresGrad; }
    public boolean isLeaf() { return leaf; }

    /** The accumulated gradient (same shape and dtype), or null if none has been computed. */
    public Tensor grad() { return grad; }

    public void zeroGrad() {
        if (grad != null) {
            grad.fill(0);
        }
    }

    /** The gradient buffer, allocated as zeros on first use; backward kernels add into it. */
    Tensor gradBuffer() {
        if (grad == null) {
            grad = zerosLike(this);
        }
        return grad;
    }

    void dropGrad() {
        grad = null;
    }

    void markInterior() {
        leaf = false;
        requiresGrad = true;
    }

    /** Same values, new shape of equal size (a view; no graph node). */
    Tensor view(int... newShape) {
        return new Tensor(storage, offset, checkLength(size, newShape));
    }

    /** Elements [from, from+count) along axis 0 (a view; no graph node). */
    Tensor rows(int from, int count) {
        int inner = size / Math.max(1, shape[0]);
        int[] s = shape.clone();
        s[0] = count;
        return new Tensor(storage, offset + from * inner, s);
    }

    Storage storage() { return storage; }
    int offset() { return offset; }

    /** The float32 array (values start at {@link #offset()}). */
    float[] f32() {
        if (storage instanceof Storage.F32 s) {
            return s.a;
        }
        throw new IllegalStateException("float32 data asked of a " + dtype() + " tensor");
    }

    double[] f64() {
        if (storage instanceof Storage.F64 s) {
            return s.a;
        }
        throw new IllegalStateException("float64 data asked of a " + dtype() + " tensor");
    }

    @Override
    public String toString() {
        return "Tensor" + Shapes.text(shape) + " " + dtype() + (requiresGrad ? " requiresGrad" : "");
    }
}
