package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRangeTest {

    @Test
    void spans_the_finite_values_of_all_fields() {
        ValueRange r = ValueRange.of(new double[] {0.5, Double.NaN, 2}, new double[] {-3, Double.POSITIVE_INFINITY});
        assertEquals(new ValueRange(-3, 2), r);
        assertEquals(0.6, r.normalise(0), 1e-12);
        assertEquals(0.5, new ValueRange(4, 4).normalise(4), 0, "a constant field sits mid-scale");
        assertEquals(new ValueRange(0, 1), ValueRange.of(new double[] {Double.NaN}));
    }

    @Test
    void ticks_are_round_and_inside() {
        List<Double> ticks = new ValueRange(0, 1.01).ticks(8);
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), ticks.stream().map(t -> Math.round(t * 1e9) / 1e9).toList());
        List<Double> negative = new ValueRange(-0.37, 2.2).ticks(5);
        assertEquals(List.of(0.0, 1.0, 2.0), negative);
        assertEquals(List.of(), new ValueRange(1, 1).ticks(5));
    }

    @Test
    void rejects_reversed_or_infinite_bounds() {
        assertThrows(IllegalArgumentException.class, () -> new ValueRange(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new ValueRange(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void value_text_is_short() {
        assertEquals("0.25", ValueText.of(0.25));
        assertEquals("0", ValueText.of(0));
        assertEquals("-3", ValueText.of(-3.0));
        assertEquals("0.1487", ValueText.of(0.148712));
        assertEquals("1.5e-05", ValueText.of(1.5e-5));
        assertEquals("1.235e+05", ValueText.of(123456));
    }
}
