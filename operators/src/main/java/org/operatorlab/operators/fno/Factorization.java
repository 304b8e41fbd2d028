package org.operatorlab.operators.fno;

/** How spectral weights are stored: dense (FNO) or as a factorised tensor (TFNO). */
public enum Factorization {
    NONE,
    /** Core tensor times one factor matrix per axis (cin, cout, modesY, modesX). */
    TUCKER,
    /** Sum of R rank-one tensors (canonical polyadic). */
    CP
}
