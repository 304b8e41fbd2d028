package org.operatorlab.operators.tensor;

/** The adjoint of one recorded operation: adds its inputs' gradient contributions given the output's gradient. */
@FunctionalInterface
interface Backward {
    void apply(Tensor gradOut);
}
