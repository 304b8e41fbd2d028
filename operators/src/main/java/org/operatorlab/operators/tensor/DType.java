package org.operatorlab.operators.tensor;

/** Element type of a {@link Tensor}: float32 for operator learning, float64 where PINNs and gradient checks need it. */
public enum DType {
    FLOAT32,
    FLOAT64
}
