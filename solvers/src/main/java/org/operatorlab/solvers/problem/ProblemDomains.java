package org.operatorlab.solvers.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.operatorlab.mesh.geometry.BoundingBox;
import org.operatorlab.mesh.geometry.Geometry;
import org.operatorlab.mesh.geometry.Loop;
import org.operatorlab.mesh.geometry.Shapes;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.io.GmshReader;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.MeshGenerator;
import org.operatorlab.mesh.tri.TriangleMesh;

/** Turns the geometry and mesh sections into the mesh module's objects: the one place that calls it. */
public final class ProblemDomains {
    private ProblemDomains() { }

    /**
     * The 2D geometry of a built-in shape.
     *
     * @throws IllegalArgumentException for a gmsh file or an interval (no {@code Geometry}), or when the
     *     shape is invalid (one-line reason from {@code Shapes})
     */
    public static Geometry geometry(GeometrySpec spec) {
        if (spec instanceof GeometrySpec.Rectangle r) {
            return Shapes.rectangle(r.xmin(), r.ymin(), r.xmax(), r.ymax());
        }
        if (spec instanceof GeometrySpec.LShape l) {
            return Shapes.lShape(l.xmin(), l.ymin(), l.xmax(), l.ymax());
        }
        if (spec instanceof GeometrySpec.Disk d) {
            return Shapes.disk(d.cx(), d.cy(), d.radius());
        }
        if (spec instanceof GeometrySpec.Annulus a) {
            return Shapes.annulus(a.cx(), a.cy(), a.innerRadius(), a.outerRadius());
        }
        if (spec instanceof GeometrySpec.Polygon p) {
            return Shapes.polygon(p.loops().stream()
                    .map(l -> new Loop(l.points().stream().map(q -> new double[] {q.x(), q.y()}).toList(), l.edgeNames()))
                    .toList());
        }
        throw new IllegalArgumentException("a " + spec.shape() + " geometry has no 2D shape (it is "
                + (spec.dimension() == 1 ? "1D" : "a mesh file") + ")");
    }

    /** Reads a Gmsh mesh. */
    public static TriangleMesh gmsh(Path file) throws IOException {
        return GmshReader.read(file);
    }

    /** The problem's discrete domain: a generated or read triangle mesh, or a grid over the geometry's box. */
    public static ProblemDomain mesh(Problem problem) {
        return mesh(problem, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * As {@link #mesh(Problem)}, reporting the mesh generator's progress and stopping with
     * {@link org.operatorlab.mesh.task.CancelledException} when {@code cancel} is set (live previews).
     */
    public static ProblemDomain mesh(Problem problem, ProgressListener progress, CancellationToken cancel) {
        GeometrySpec g = problem.geometry();
        MeshSpec mesh = problem.mesh();
        if (mesh instanceof MeshSpec.Grid grid) {
            return new ProblemDomain.Grid(grid(g, grid));
        }
        if (mesh instanceof MeshSpec.Triangles t) {
            return new ProblemDomain.Triangulated(MeshGenerator.generate(geometry(g), t.size(), progress, cancel));
        }
        try {
            return new ProblemDomain.Triangulated(gmsh(((GeometrySpec.Gmsh) g).resolved()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UniformGrid grid(GeometrySpec g, MeshSpec.Grid grid) {
        if (g instanceof GeometrySpec.Interval i) {
            return UniformGrid.line(grid.nx(), i.xmin(), i.xmax(), grid.periodicX());
        }
        BoundingBox box = geometry(g).bounds();
        return new UniformGrid(grid.nx(), grid.ny(), box.xMin(), box.yMin(), box.xMax(), box.yMax(),
                grid.periodicX(), grid.periodicY());
    }

    /** The boundary names the mesh module gives the shape (for checks against {@link GeometrySpec#boundaryNames}). */
    static List<String> boundaryNames(GeometrySpec spec) {
        return geometry(spec).boundaryNames();
    }
}
