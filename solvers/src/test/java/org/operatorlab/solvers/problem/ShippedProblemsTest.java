package org.operatorlab.solvers.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/** Every shipped example validates, round-trips, and meshes; the FNO benchmarks state the papers' settings. */
class ShippedProblemsTest {

    @Test
    void everyExampleValidatesAndRoundTripsAndEveryGeometryIsCovered() throws IOException {
        List<Path> files = ShippedProblems.files();
        assertTrue(files.size() >= 8, "at least 8 examples, found " + files.size());
        Set<String> shapes = new HashSet<>();
        for (Path file : files) {
            Problem p = ProblemReader.read(file);
            assertFalse(p.description().isBlank(), file + " needs a description");
            assertTrue(p.description().length() > 80, file + ": a description a teacher can read aloud");
            shapes.add(p.geometry().shape());
            Problem again = ProblemReader.read(ProblemWriter.toJson(p), file.toString(), file.getParent());
            assertEquals(p, again, file.toString());
        }
        assertEquals(Set.of("rectangle", "lshape", "disk", "annulus", "polygon", "gmsh", "interval"), shapes);
    }

    @Test
    void builtInShapesMeshAndTheMeshCarriesTheProblemsBoundaryNames() throws IOException {
        for (Path file : ShippedProblems.files()) {
            Problem p = ProblemReader.read(file);
            if (!(p.mesh() instanceof MeshSpec.Triangles)) {
                continue;
            }
            ProblemDomain d = ProblemDomains.mesh(p);
            TriangleMesh mesh = assertInstanceOf(ProblemDomain.Triangulated.class, d).mesh();
            assertTrue(mesh.elementCount() > 1000, file + ": " + mesh.elementCount() + " triangles");
            assertEquals(new HashSet<>(p.boundaryNames()), new HashSet<>(mesh.boundaryNames()), file.toString());
            double area = 0;
            for (int e = 0; e < mesh.elementCount(); e++) {
                area += mesh.area(e);
            }
            assertEquals(ProblemDomains.geometry(p.geometry()).area(), area, 0.03 * area, file + " mesh area");
        }
    }

    @Test
    void gmshExampleReadsTheFixtureAndItsPhysicalNames() throws IOException {
        Problem p = ShippedProblems.read("poisson_gmsh.json");
        GeometrySpec.Gmsh g = assertInstanceOf(GeometrySpec.Gmsh.class, p.geometry());
        assertTrue(g.resolved().endsWith(Path.of("resources", "meshes", "plate_with_hole_v41.msh")), g.resolved().toString());
        assertEquals(Set.of("outer", "hole"), new HashSet<>(g.boundaryNames()));
        TriangleMesh mesh = assertInstanceOf(ProblemDomain.Triangulated.class, ProblemDomains.mesh(p)).mesh();
        assertEquals(new HashSet<>(g.boundaryNames()), new HashSet<>(mesh.boundaryNames()));
        assertEquals(new BoundaryCondition.Neumann(new Constant(1)), p.boundaryCondition("hole"));
    }

    @Test
    void darcyIsTheFnoBenchmark() throws IOException {
        Problem p = ShippedProblems.read("darcy_fno.json");
        assertTrue(p.hasRandomInputs());
        RandomCoefficient a = assertInstanceOf(RandomCoefficient.class, p.pde().coefficient("a"));
        assertEquals(new RandomFieldSpec.GrfThreshold(2, 3, 3, 0, 12, 3), a.field());
        assertEquals(new Constant(1), p.pde().coefficient("f"));
        UniformGrid grid = assertInstanceOf(ProblemDomain.Grid.class, ProblemDomains.mesh(p)).grid();
        assertEquals(129, grid.nx());
        assertEquals(129, grid.ny());
        assertEquals(1.0 / 128, grid.dx(), 1e-15);
        assertEquals(127 * 127, (grid.nx() - 2) * (grid.ny() - 2), "interior unknowns");
        for (BoundaryCondition bc : p.effectiveBoundaryConditions().values()) {
            assertEquals(BoundaryCondition.DEFAULT, bc);
        }
    }

    @Test
    void burgersIsThePeriodicFnoBenchmark() throws IOException {
        Problem p = ShippedProblems.read("burgers_1d.json");
        assertEquals(1, p.dimension());
        assertEquals(List.of(), p.boundaryNames(), "a periodic interval has no boundary");
        UniformGrid grid = assertInstanceOf(ProblemDomain.Grid.class, ProblemDomains.mesh(p)).grid();
        assertEquals(1024, grid.nx());
        assertEquals(1, grid.ny());
        assertEquals(1.0 / 1024, grid.dx(), 1e-15);
        assertEquals(new Constant(0.1), p.pde().coefficient("nu"));
        RandomFieldSpec.Grf law = (RandomFieldSpec.Grf) ((RandomCoefficient) p.initial().orElseThrow().value()).field();
        assertEquals(625, law.sigma() * law.sigma(), 1e-12);
        assertEquals(25, law.tau() * law.tau(), 1e-12);
        assertEquals(2, law.alpha());
        assertEquals(2000, p.time().orElseThrow().steps());
    }

    @Test
    void navierStokesIsThePeriodicFnoBenchmark() throws IOException {
        Problem p = ShippedProblems.read("navier_stokes_2d.json");
        UniformGrid grid = assertInstanceOf(ProblemDomain.Grid.class, ProblemDomains.mesh(p)).grid();
        assertTrue(grid.periodicX() && grid.periodicY());
        assertEquals(64, grid.nx());
        assertEquals(1.0 / 64, grid.dx(), 1e-15);
        assertEquals(Map.of(), p.effectiveBoundaryConditions());
        DeterministicCoefficient f = (DeterministicCoefficient) p.pde().coefficient("f");
        double x = 0.3, y = 0.45;
        assertEquals(0.1 * (Math.sin(2 * Math.PI * (x + y)) + Math.cos(2 * Math.PI * (x + y))),
                f.evaluator().value(x, y, 0), 1e-14);
        RandomFieldSpec law = ((RandomCoefficient) p.initial().orElseThrow().value()).field();
        assertEquals(Math.pow(7, 1.5), law.sigma(), 1e-12);
        assertEquals(RandomFieldSpec.defaultSigma(2.5, 7, 2), law.sigma(), 1e-12, "the FNO default amplitude");
        assertEquals(10, p.time().orElseThrow().end());
    }
}
