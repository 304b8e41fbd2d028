package org.operatorlab.operators.fno;

/** The two rules for the padded FFT length of one grid axis (see {@link FnoConfig#paddedLength}). */
final class PaddedLength {
    private PaddedLength() {
    }

    /** nodes + round(nodes * padding), plus one where {@code even} needs it: the rule models were trained with first. */
    static int fromPadding(int nodes, double padding, boolean even) {
        int length = nodes + (int) Math.round(nodes * padding);
        return even && length % 2 != 0 ? length + 1 : length;
    }

    /** The nearest length (even where asked) to period * (nodes - 1) cells, never fewer than the nodes. */
    static int fromPeriod(int nodes, double period, boolean even) {
        double cells = period * (nodes - 1);
        int length = even ? 2 * (int) Math.round(cells / 2) : (int) Math.round(cells);
        if (length < nodes) {
            length = even && nodes % 2 != 0 ? nodes + 1 : nodes;
        }
        return length;
    }
}
