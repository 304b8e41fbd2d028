package org.operatorlab.ui.editor;

import java.util.Locale;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.MeshQuality;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.MeshSpec;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.ui.workflow.MeshedProblem;

/**
 * The mesh of a problem for the live preview, built the way the solvers build it, with its quality figures;
 * {@code mesh} is null for a 1D grid (nothing to draw in the plane).
 */
record PreviewMesh(TriangleMesh mesh, MeshQuality quality, String figures) {
    /** More elements than this make the preview slow to build and to draw; the solvers take any size. */
    static final int ELEMENT_LIMIT = 400_000;

    /** Meshes {@code problem}; runs off the JavaFX thread and stops when {@code cancel} is set. */
    static PreviewMesh of(Problem problem, ProgressListener progress, CancellationToken cancel) {
        if (problem.mesh() instanceof MeshSpec.Triangles t) {
            // the generator's own estimate of the element count, to refuse before spending minutes
            double expected = ProblemDomains.geometry(problem.geometry()).area() / (0.433 * t.size() * t.size());
            if (expected > ELEMENT_LIMIT) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "size %s gives about %.2g elements, more than the preview's %d; the solvers still take it",
                        NumberText.format(t.size()), expected, ELEMENT_LIMIT));
            }
        }
        if (problem.mesh() instanceof MeshSpec.Grid g && 2L * (g.nx() - 1) * Math.max(1, g.ny() - 1) > ELEMENT_LIMIT) {
            throw new IllegalArgumentException("a " + g.nx() + " x " + g.ny() + " grid has more elements than the preview's "
                    + ELEMENT_LIMIT + "; the solvers still take it");
        }
        ProblemDomain domain = ProblemDomains.mesh(problem, progress, cancel);
        cancel.throwIfCancelled();
        TriangleMesh drawable = MeshedProblem.drawableMesh(domain);
        if (!(domain instanceof ProblemDomain.Grid g)) {
            return of(drawable, "");
        }
        UniformGrid grid = g.grid();
        String periodic = grid.periodicX() ? ", periodic" : "";
        if (drawable == null) {
            return new PreviewMesh(null, null, String.format(Locale.ROOT, "1D grid of %d nodes, spacing %.4g%s",
                    grid.nx(), grid.dx(), periodic));
        }
        return of(drawable, String.format(Locale.ROOT, "  (grid %d x %d, spacing %.4g%s)", grid.nx(), grid.ny(), grid.dx(), periodic));
    }

    private static PreviewMesh of(TriangleMesh mesh, String suffix) {
        MeshQuality q = MeshQuality.of(mesh);
        return new PreviewMesh(mesh, q, String.format(Locale.ROOT, "%d nodes   %d elements   min angle %.1f°   h %.3g%s",
                q.nodeCount(), q.elementCount(), q.minAngleDegrees(), q.maxEdgeLength(), suffix));
    }
}
