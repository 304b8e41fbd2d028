package org.operatorlab.ui.workflow;

import java.util.Locale;
import org.operatorlab.mesh.field.FieldDomain;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.MeshQuality;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;

/** A problem with the mesh or grid built from it by the library, as every panel works on it. */
public record MeshedProblem(Problem problem, ProblemDomain domain) {

    public String name() {
        return problem.name();
    }

    /** The triangles to draw: the mesh, or a 2D grid triangulated (same node numbering); null for 1D grids. */
    public TriangleMesh drawableMesh() {
        return drawableMesh(domain);
    }

    /** As {@link #drawableMesh()} for any problem domain. */
    public static TriangleMesh drawableMesh(ProblemDomain domain) {
        if (domain instanceof ProblemDomain.Triangulated t) {
            return t.mesh();
        }
        UniformGrid grid = ((ProblemDomain.Grid) domain).grid();
        return grid.dimension() == 2 ? GridTriangulation.of(grid) : null;
    }

    /** The domain as the field and file-writing code sees it. */
    public FieldDomain fieldDomain() {
        return domain instanceof ProblemDomain.Triangulated t ? new FieldDomain.Mesh(t.mesh())
                : new FieldDomain.Grid(((ProblemDomain.Grid) domain).grid());
    }

    /** Element count and quality for meshes, size and spacing for grids. */
    public String meshSummary() {
        if (domain instanceof ProblemDomain.Triangulated t) {
            return MeshQuality.of(t.mesh()).summary();
        }
        UniformGrid g = ((ProblemDomain.Grid) domain).grid();
        return g.dimension() == 1
                ? String.format(Locale.ROOT, "Grid of %d nodes, spacing %.4g%s", g.nx(), g.dx(), g.periodicX() ? ", periodic" : "")
                : String.format(Locale.ROOT, "Grid %d x %d nodes, spacing %.4g%s", g.nx(), g.ny(), g.dx(),
                        g.periodicX() ? ", periodic" : "");
    }
}
