package org.operatorlab.operators.fno;

/**
 * What fills the FNO's domain padding (the strip that makes a non-periodic field periodic for the FFT).
 */
public enum PaddingMode {
    /**
     * Zeros, as in the FNO paper. The lifted field jumps to zero at the domain edge, and the skip path
     * carries that jump through every layer; the FFT of a jump depends on the grid spacing, so a model
     * trained on one grid answers differently on another.
     */
    ZERO,
    /**
     * A straight-line blend from the last value back to the first, so that the periodic extension is
     * continuous: no jump for the FFT to resolve, and a model trained on a coarse grid stays consistent
     * on finer ones (zero-shot super-resolution).
     */
    LINEAR
}
