package org.operatorlab.solvers.solve;

import java.nio.file.Path;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

/** Problem files written inline for tests, on the unit square unless stated. */
final class ProblemJson {
    private ProblemJson() { }

    static Problem read(String json) {
        return ProblemReader.read(json, "test.json", Path.of("."));
    }

    /** A problem on the unit square with the given mesh, pde and boundary sections (JSON fragments). */
    static Problem square(String mesh, String pde, String boundary) {
        return read(("{'format': 'operatorlab-problem/1', 'name': 'test',"
                + " 'geometry': {'shape': 'rectangle', 'xmin': 0, 'ymin': 0, 'xmax': 1, 'ymax': 1},"
                + " 'mesh': " + mesh + ", 'pde': " + pde + ", 'boundary': " + boundary + "}").replace('\'', '"'));
    }

    static String triangles(double size) {
        return "{'type': 'triangles', 'size': " + size + "}";
    }

    static String grid(int n) {
        return "{'type': 'grid', 'nx': " + n + ", 'ny': " + n + "}";
    }

    static String pde(String family, String coefficients) {
        return "{'family': '" + family + "', 'coefficients': {" + coefficients + "}}";
    }
}
