package org.operatorlab.solvers.data;

import java.io.IOException;

/**
 * A PDE family with random inputs, as the generator sees it: how one sample's input is drawn, how it
 * is solved, and what the data set records besides inputs and outputs.
 */
public interface SampleFamily {
    /** The PDE family's name, e.g. {@code darcy}. */
    String name();

    /** Shape of one input row, e.g. {@code {ny, nx}} on a grid or {@code {nodes}} on a mesh. */
    long[] inputShape();

    /** Shape of one output row. */
    long[] outputShape();

    /**
     * True when samples are linear systems of one shape that benefit from sorting, recycling and warm
     * starts; false for time-dependent families, whose samples are independent.
     */
    boolean sortable();

    /** Draws one sample's input; the same seed gives the same input on any thread. */
    double[] drawInput(long sampleSeed);

    /** A compact vector whose distances reflect how similar two samples' systems are. */
    default double[] orderingFeatures(double[] input) { return input; }

    /** A fresh solver for one worker thread. */
    SampleSolver newSolver(SolverChoice choice, double tolerance);

    /** Writes coordinate arrays (e.g. {@code x}, {@code y}, or {@code coordinates} and {@code triangles}). */
    void writeCoordinates(NpzWriter out) throws IOException;

    /** JSON text describing the problem, embedded in the metadata as is. */
    String problemJson();
}
