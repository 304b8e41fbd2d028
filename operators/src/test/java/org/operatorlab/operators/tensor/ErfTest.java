package org.operatorlab.operators.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErfTest {
    /** Reference values from the C library (Python math.erf / math.erfc), correct to about 1 ulp. */
    @Test
    void matchesHighPrecisionValuesOnBothBranches() {
        assertEquals(0.0, Erf.erf(0), 0);
        assertEquals(0.11246291601828489, Erf.erf(0.1), 1e-15);
        assertEquals(0.5204998778130465, Erf.erf(0.5), 1e-15);
        assertEquals(-0.8427007929497149, Erf.erf(-1), 1e-15);
        assertEquals(0.9953222650189527, Erf.erf(2), 1e-15);
        assertEquals(0.9995930479825550, Erf.erf(2.5), 1e-15);
        assertEquals(2.209049699858544e-05, 1 - Erf.erf(3), 2.3e-16); // 1 - erf loses digits: one ulp of 1
        assertEquals(1.541725790028002e-08, 1 - Erf.erf(4), 2.3e-16);
        assertEquals(1.0, Erf.erf(30), 0);
    }
}
