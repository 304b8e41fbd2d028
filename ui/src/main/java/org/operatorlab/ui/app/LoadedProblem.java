package org.operatorlab.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.MeshQuality;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.problem.ProblemSummary;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;
import org.operatorlab.solvers.solve.SolveOutcome;

/** A problem file read and meshed with the library, ready to show. */
record LoadedProblem(Path file, Problem problem, ProblemDomain domain) {

    /** Reads, validates and meshes; runs off the JavaFX thread. */
    static LoadedProblem load(Path file) throws IOException {
        Problem problem = ProblemReader.read(file);
        return new LoadedProblem(file, problem, ProblemDomains.mesh(problem));
    }

    /** The list label of a problem file: the problem's name, or the file name if it does not read. */
    static String displayName(Path file) {
        try {
            return ProblemReader.read(file).name();
        } catch (IOException | RuntimeException e) {
            return file.getFileName().toString() + " (has errors)";
        }
    }

    String name() {
        return problem.name();
    }

    String summary() {
        return problem.description() + "\n\n" + ProblemSummary.of(problem);
    }

    /** The mesh to draw: the triangle mesh, or a 2D grid triangulated; null for 1D grids. */
    TriangleMesh mesh() {
        if (domain instanceof ProblemDomain.Triangulated t) {
            return t.mesh();
        }
        UniformGrid grid = ((ProblemDomain.Grid) domain).grid();
        return grid.dimension() == 2 ? GridTriangulation.of(grid) : null;
    }

    /** A solved field ready to draw: its name, nodal values and the solver's one-line statistics. */
    record Solution(String fieldName, double[] values, String summary) { }

    /** Solves with the classical solver on the already-built domain; runs off the JavaFX thread. */
    Solution solve(ProgressListener progress, CancellationToken cancel) {
        SolveOutcome outcome = new ProblemSolver(SolveOptions.defaults()).solve(problem, domain, progress, cancel);
        String name = outcome.fields().find("u").isPresent() ? "u" : "w";
        return new Solution(name, outcome.fields().get(name).values(), outcome.stats().summary());
    }

    String meshSummary() {
        if (domain instanceof ProblemDomain.Triangulated t) {
            return MeshQuality.of(t.mesh()).summary();
        }
        UniformGrid g = ((ProblemDomain.Grid) domain).grid();
        return String.format(Locale.ROOT, "Grid %d x %d nodes, spacing %.4g%s", g.nx(), g.ny(), g.dx(),
                g.periodicX() ? ", periodic" : "");
    }
}
