package org.operatorlab.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.operatorlab.solvers.problem.MeshSpec;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;

/** Reads a problem and builds its discrete domain, with an optional element-size override. */
final class ProblemMeshing {
    private ProblemMeshing() { }

    static ProblemDomain domain(Path file, Double sizeOverride) throws IOException {
        return domain(ProblemReader.read(file), sizeOverride);
    }

    static ProblemDomain domain(Problem problem, Double sizeOverride) {
        return ProblemDomains.mesh(withSize(problem, sizeOverride));
    }

    static Problem withSize(Problem problem, Double sizeOverride) {
        if (sizeOverride == null) {
            return problem;
        }
        if (!(problem.mesh() instanceof MeshSpec.Triangles)) {
            throw new UserException("--size applies to generated triangle meshes; this problem's mesh is "
                    + (problem.mesh() instanceof MeshSpec.Grid ? "a grid" : "read from a file"));
        }
        if (!(sizeOverride > 0) || Double.isInfinite(sizeOverride)) {
            throw new UserException("--size must be a positive number, got " + sizeOverride);
        }
        return new Problem(problem.name(), problem.description(), problem.geometry(),
                new MeshSpec.Triangles(sizeOverride), problem.pde(), problem.boundary(), problem.initial(),
                problem.time(), problem.outputs());
    }
}
