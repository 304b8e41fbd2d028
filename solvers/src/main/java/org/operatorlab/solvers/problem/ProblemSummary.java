package org.operatorlab.solvers.problem;


/** One readable line about a problem: what the CLI prints after validating it and the GUI shows. */
public final class ProblemSummary {
    private ProblemSummary() { }

    public static String of(Problem problem) {
        StringBuilder s = new StringBuilder()
                .append('"').append(problem.name()).append("\": ")
                .append(problem.pde().family().key()).append(" (").append(problem.pde().family().equation()).append(")")
                .append(", geometry ").append(problem.geometry().shape())
                .append(", ").append(meshText(problem.mesh()))
                .append(", boundaries ").append(problem.boundaryNames());
        problem.time().ifPresent(t -> s.append(", t in [").append(t.start()).append(", ").append(t.end())
                .append("] dt ").append(t.dt()));
        if (problem.hasRandomInputs()) {
            s.append(", random inputs");
        }
        return s.toString();
    }

    private static String meshText(MeshSpec mesh) {
        if (mesh instanceof MeshSpec.Grid g) {
            return "grid " + g.nx() + (g.ny() > 1 ? "x" + g.ny() : "")
                    + (g.periodicX() || g.periodicY() ? " (periodic)" : "");
        }
        if (mesh instanceof MeshSpec.Triangles t) {
            return "triangles of size " + t.size();
        }
        return "mesh from file";
    }
}
