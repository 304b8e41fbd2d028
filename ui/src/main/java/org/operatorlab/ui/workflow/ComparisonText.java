package org.operatorlab.ui.workflow;

import java.util.Locale;
import org.operatorlab.operators.engine.Comparison;

/** The figures line of a prediction-against-solver comparison, as the Compare panel and the demos show it. */
public final class ComparisonText {
    private ComparisonText() { }

    /** "FNO on input seed 7: relative L2 error 2.1%; prediction 1.3 ms, classical solver 41 ms (...): 31x faster." */
    public static String of(String engine, long seed, Comparison c) {
        double s = c.speedUp();
        return String.format(Locale.ROOT, "%s on input seed %d: relative L2 error %.3g%%; prediction %.3g ms, classical"
                        + " solver %.3g ms (medians after a warm-up): the network is %.1fx %s.", engine, seed,
                100 * c.relativeL2(), c.inferenceSeconds() * 1e3, c.classicalSeconds() * 1e3, s >= 1 ? s : 1 / s,
                s >= 1 ? "faster" : "slower");
    }
}
