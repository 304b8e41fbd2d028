package org.operatorlab.ui.demo;

import java.util.List;
import org.operatorlab.mesh.tri.TriangleMesh;

/** What a demo ends by showing; {@link #summary()} holds its figures in one or two plain lines. */
public sealed interface DemoResult {
    String summary();

    /** One nodal field on a mesh (grids come triangulated). */
    record Field(String summary, TriangleMesh mesh, String name, double[] values) implements DemoResult { }

    /** Snapshots in time of one nodal field, {@code frames.get(i)} at {@code times[i]}. */
    record Series(String summary, TriangleMesh mesh, String name, double[] times, List<double[]> frames)
            implements DemoResult {
        public Series {
            frames = List.copyOf(frames);
        }
    }

    /**
     * A network's answer beside the classical (or exact) one on a mesh.
     *
     * @param relativeL2 ||prediction - reference|| / ||reference|| over the nodes
     * @param input      the input function the network was given, at the nodes; null when it takes none (PINN)
     */
    record MeshComparison(String summary, TriangleMesh mesh, double[] reference, double[] prediction,
                          double relativeL2, double[] input) implements DemoResult { }

    /** A 1D answer beside the reference over {@code x}. */
    record CurveComparison(String summary, String xLabel, double[] x, double[] reference, double[] prediction,
                           double relativeL2) implements DemoResult { }

    /**
     * Krylov iterations per system of one sequence, plain against recycling, and the last system's solution.
     *
     * @param parameter the swept parameter per system (e.g. the wavenumber k)
     */
    record Recycling(String summary, TriangleMesh mesh, double[] solution, String parameterName, double[] parameter,
                     int[] plainIterations, int[] recycledIterations, String plainSolver, String recyclingSolver)
            implements DemoResult { }
}
