package org.operatorlab.solvers.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks that tie the sections of a problem together. {@link Problem} runs all of them; the
 * reader runs each as soon as it can, so an error points at the section that breaks it.
 */
final class ProblemRules {
    private ProblemRules() { }

    static void checkMesh(GeometrySpec g, MeshSpec m) {
        boolean gmsh = g instanceof GeometrySpec.Gmsh;
        if (gmsh != (m instanceof MeshSpec.FromFile)) {
            throw new IllegalArgumentException(gmsh ? "a gmsh geometry is its own mesh; remove \"mesh\""
                    : "\"mesh\" is required for a " + g.shape() + " geometry: {\"type\": \"grid\", ...} or {\"type\": \"triangles\", ...}");
        }
        if (g instanceof GeometrySpec.Interval && !(m instanceof MeshSpec.Grid grid && grid.ny() == 1)) {
            throw new IllegalArgumentException("an interval is meshed by a 1D grid: {\"type\": \"grid\", \"nx\": ...} without ny");
        }
        if (m instanceof MeshSpec.Grid grid) {
            if (g.dimension() == 2 && grid.ny() < 2) {
                throw new IllegalArgumentException("a 2D grid needs ny >= 2, got " + grid.ny());
            }
            boolean box = g instanceof GeometrySpec.Rectangle || g instanceof GeometrySpec.Interval;
            if ((grid.periodicX() || grid.periodicY()) && !box) {
                throw new IllegalArgumentException("periodic grids need a rectangle or an interval, not a " + g.shape());
            }
        }
    }

    static void checkDomain(PdeFamily family, GeometrySpec g, MeshSpec m) {
        boolean ok = switch (family.domain()) {
            case PLANE -> g.dimension() == 2;
            case PERIODIC_INTERVAL -> g instanceof GeometrySpec.Interval && m instanceof MeshSpec.Grid grid && grid.periodicX();
            case PERIODIC_BOX -> g instanceof GeometrySpec.Rectangle && m instanceof MeshSpec.Grid grid
                    && grid.periodicX() && grid.periodicY();
        };
        if (!ok) {
            throw new IllegalArgumentException(family.key() + " is posed on " + switch (family.domain()) {
                case PLANE -> "a 2D geometry, not an interval";
                case PERIODIC_INTERVAL -> "an interval with a periodic grid (\"periodic\": true)";
                case PERIODIC_BOX -> "a rectangle with a grid periodic in x and y (\"periodic\": true)";
            });
        }
    }

    static void checkTime(PdeFamily family, Optional<TimeSpec> time) {
        if (family.isTimeDependent() && time.isEmpty()) {
            throw new IllegalArgumentException(family.key() + " is time-dependent: add \"time\": {\"start\", \"end\", \"dt\"}");
        }
        if (!family.isTimeDependent() && time.isPresent()) {
            throw new IllegalArgumentException(family.key() + " is steady: remove \"time\"");
        }
    }

    static void checkInitial(PdeFamily family, Optional<InitialCondition> initial) {
        if (family.isTimeDependent() && initial.isEmpty()) {
            throw new IllegalArgumentException(family.key() + " is time-dependent: add \"initial\": {\"value\": ...} or {\"random\": ...}");
        }
        if (!family.isTimeDependent() && initial.isPresent()) {
            throw new IllegalArgumentException(family.key() + " is steady: remove \"initial\"");
        }
    }

    /** The boundaries that take conditions: the geometry's, less the sides a periodic grid joins. */
    static List<String> conditionedBoundaries(GeometrySpec g, MeshSpec m) {
        List<String> names = new ArrayList<>(g.boundaryNames());
        if (m instanceof MeshSpec.Grid grid && (g instanceof GeometrySpec.Rectangle || g instanceof GeometrySpec.Interval)) {
            if (grid.periodicX()) {
                names.removeAll(List.of("left", "right"));
            }
            if (grid.periodicY()) {
                names.removeAll(List.of("bottom", "top"));
            }
        }
        return names;
    }

    static void checkBoundaryName(String name, GeometrySpec g, MeshSpec m) {
        List<String> open = conditionedBoundaries(g, m);
        if (open.contains(name)) {
            return;
        }
        if (g.boundaryNames().contains(name)) {
            throw new IllegalArgumentException("boundary \"" + name + "\" is periodic and takes no condition"
                    + (open.isEmpty() ? "" : "; boundaries with conditions: " + String.join(", ", open)));
        }
        throw new IllegalArgumentException("the " + g.shape() + " geometry has no boundary \"" + name + "\"; its boundaries are "
                + (open.isEmpty() ? "none (all periodic)" : String.join(", ", open)));
    }
}
