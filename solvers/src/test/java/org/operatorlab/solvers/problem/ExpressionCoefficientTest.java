package org.operatorlab.solvers.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExpressionCoefficientTest {

    @Test
    void valuesMatchJavaMathIncludingConstantsAndTime() {
        DeterministicCoefficient.PointFunction f =
                ExpressionCoefficient.of("sin(pi*x)*cos(2*pi*y)*exp(-t) + e^x - sqrt(abs(y))").evaluator();
        for (double[] p : new double[][] {{0.1, 0.2, 0}, {-0.7, 0.35, 1.5}, {2, -3, 0.25}}) {
            double x = p[0], y = p[1], t = p[2];
            double expected = Math.sin(Math.PI * x) * Math.cos(2 * Math.PI * y) * Math.exp(-t)
                    + Math.pow(Math.E, x) - Math.sqrt(Math.abs(y));
            assertEquals(expected, f.value(x, y, t), 1e-13);
        }
    }

    @Test
    void arrayEvaluationFromManyThreadsAtOnceGivesTheSequentialValues() throws Exception {
        ExpressionCoefficient c = ExpressionCoefficient.of("x*x + 3*y - t");
        int n = 20_000;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 1e-3;
            y[i] = -i * 2e-3;
        }
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            expected[i] = x[i] * x[i] + 3 * y[i] - 0.5;
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                results.add(pool.submit(() -> {
                    double[] out = new double[n];
                    c.evaluate(x, y, 0.5, out);
                    return out;
                }));
            }
            for (Future<double[]> r : results) {
                assertArrayEquals(expected, r.get(), 1e-12);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unknownNamesAndBrokenSyntaxAreRejectedWithTheReason() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ExpressionCoefficient.of("x + r"));
        assertTrue(unknown.getMessage().contains("'r'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExpressionCoefficient.of("sin(x"));
        assertThrows(IllegalArgumentException.class, () -> ExpressionCoefficient.of("x *"));
        assertThrows(IllegalArgumentException.class, () -> ExpressionCoefficient.of(" "));
    }

    @Test
    void equalityIsBySourceText() {
        assertEquals(ExpressionCoefficient.of("x+y"), ExpressionCoefficient.of("x+y"));
        assertEquals(ExpressionCoefficient.of("x+y").hashCode(), ExpressionCoefficient.of("x+y").hashCode());
    }
}
