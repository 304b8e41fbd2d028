package org.operatorlab.operators.nn;

import org.operatorlab.operators.tensor.Tensor;

/** A named trainable tensor (a leaf that requires a gradient). */
public final class Parameter {
    private final String name;
    private final Tensor value;

    public Parameter(String name, Tensor value) {
        this.name = name;
        this.value = value.requiresGrad(true);
    }

    public String name() { return name; }
    public Tensor value() { return value; }
    /** The accumulated gradient, or null before the first backward pass. */
    public Tensor grad() { return value.grad(); }

    @Override
    public String toString() {
        return name + " " + value;
    }
}
