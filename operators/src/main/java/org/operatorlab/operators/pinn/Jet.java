package org.operatorlab.operators.pinn;

import org.operatorlab.operators.tensor.Tensor;

/**
 * A network output with its exact input derivatives at N points, all tape tensors of shape [N]:
 * {@code value} = u, {@code first[d]} = ∂u/∂x_d for every input, {@code second[k]} = ∂²u/∂x_k² for
 * the first {@code second.length} inputs (the spatial ones).
 */
public record Jet(Tensor value, Tensor[] first, Tensor[] second) {
    public Tensor first(int d) { return first[d]; }
    public Tensor second(int k) { return second[k]; }
}
