package org.operatorlab.solvers.problem;

import java.util.Objects;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/** The discrete domain of a problem: a triangle mesh (generated or read) or a uniform grid. */
public sealed interface ProblemDomain {
    record Triangulated(TriangleMesh mesh) implements ProblemDomain {
        public Triangulated { Objects.requireNonNull(mesh, "mesh"); }
    }

    record Grid(UniformGrid grid) implements ProblemDomain {
        public Grid { Objects.requireNonNull(grid, "grid"); }
    }
}
