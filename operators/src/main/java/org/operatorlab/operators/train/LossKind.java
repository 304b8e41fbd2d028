package org.operatorlab.operators.train;

/** Training loss of supervised operator learning. */
public enum LossKind {
    /** Mean over samples of ||prediction - target|| / ||target|| (the FNO paper's loss). */
    RELATIVE_L2,
    /** Relative L2 of values plus first differences along every grid axis (grids only). */
    RELATIVE_H1,
    /** Mean squared error. */
    MSE
}
