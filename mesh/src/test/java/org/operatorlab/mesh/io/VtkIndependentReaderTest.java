package org.operatorlab.mesh.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.field.Field;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.field.TimeSeries;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Writes meshes and grids with fields in every VTK format and encoding, then has meshio and VTK's own
 * readers (scripts/check_vtk.py under /usr/bin/python3) compare counts, coordinates, connectivity and
 * every field value with what was written. Fails, rather than skips, when the readers are missing.
 */
class VtkIndependentReaderTest {
    @TempDir
    Path dir;

    @Test
    void meshioAndVtkReadEveryFormatAndEncoding() throws Exception {
        FieldSet mesh = meshFields(GmshReader.read(RepoRoot.mesh("plate_with_hole_v41.msh")), 0);
        FieldSet grid = gridFields(UniformGrid.of(9, 6, -1, 0, 1, 0.5));
        FieldSet line = FieldSet.on(UniformGrid.line(16, 0, 2 * Math.PI, true))
                .withNodal("a", valuesAt(16, i -> Math.cos(2 * Math.PI * i / 16)));
        VtkManifest manifest = new VtkManifest();
        for (VtkEncoding enc : VtkEncoding.values()) {
            String e = enc.name().toLowerCase();
            for (String ext : List.of("vtu", "vtk")) {
                Path file = dir.resolve("mesh_" + e + "." + ext);
                VtkWriter.write(file, mesh, enc);
                manifest.add(file, mesh, null);
                Path lifted = dir.resolve("lifted_" + e + "." + ext);
                VtkWriter.write(lifted, mesh, VtkOptions.of(enc).withElevation("u"));
                manifest.add(lifted, mesh, "u");
            }
            for (String ext : List.of("vti", "vtk", "vtu")) { // .vtu: grid cells as quads / lines
                Path file = dir.resolve("grid_" + e + "." + ext);
                VtkWriter.write(file, grid, enc);
                manifest.add(file, grid, null);
                Path lineFile = dir.resolve("line_" + e + "." + ext);
                VtkWriter.write(lineFile, line, enc);
                manifest.add(lineFile, line, null);
            }
            Path checksummed = dir.resolve("checksum_" + e + ".vtu");
            VtkWriter.write(checksummed, mesh, enc);
            manifest.addByChecksum(checksummed, mesh);

            double[] times = {0, 0.25, 0.5};
            List<FieldSet> meshSteps = new ArrayList<>();
            List<FieldSet> gridSteps = new ArrayList<>();
            TimeSeries meshSeries = TimeSeries.empty();
            TimeSeries gridSeries = TimeSeries.empty();
            for (double t : times) {
                meshSteps.add(meshFields(((org.operatorlab.mesh.field.FieldDomain.Mesh) mesh.domain()).mesh(), t));
                meshSeries = meshSeries.append(t, meshSteps.get(meshSteps.size() - 1));
                gridSteps.add(FieldSet.on(UniformGrid.of(9, 6, -1, 0, 1, 0.5))
                        .withNodal("u", valuesAt(54, i -> t * i)));
                gridSeries = gridSeries.append(t, gridSteps.get(gridSteps.size() - 1));
            }
            Path meshPvd = dir.resolve("series_mesh_" + e + ".pvd");
            List<Path> written = VtkWriter.writeSeries(meshPvd, meshSeries, VtkOptions.of(enc));
            assertEquals(dir.resolve("series_mesh_" + e + "_0002.vtu"), written.get(2));
            manifest.addSeries(meshPvd, times, meshSteps);
            Path gridPvd = dir.resolve("series_grid_" + e + ".pvd");
            VtkWriter.writeSeries(gridPvd, gridSeries, VtkOptions.of(enc));
            manifest.addSeries(gridPvd, times, gridSteps);
        }
        Path json = dir.resolve("manifest.json");
        manifest.writeTo(json);
        CheckVtkScript.Result result = CheckVtkScript.run(json);
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("files agree"), result.output());
    }

    @Test
    void truncatedFileIsCaught() throws Exception {
        FieldSet mesh = meshFields(GmshReader.read(RepoRoot.mesh("unit_square_v22.msh")), 1);
        VtkManifest manifest = new VtkManifest();
        for (VtkEncoding enc : VtkEncoding.values()) {
            Path file = dir.resolve("cut_" + enc + ".vtu");
            VtkWriter.write(file, mesh, enc);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            manifest.add(file, mesh, null);
        }
        Path json = dir.resolve("manifest.json");
        manifest.writeTo(json);
        CheckVtkScript.Result result = CheckVtkScript.run(json);
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("cut_ASCII.vtu [vtk]: number of points: expected 98, got 0"), result.output());
        assertTrue(result.output().contains("cut_BINARY.vtu [meshio]"), result.output());
    }

    @Test
    void wrongValueInAnIntactFileIsCaught() throws Exception {
        TriangleMesh square = GmshReader.read(RepoRoot.mesh("unit_square_v22.msh"));
        FieldSet written = meshFields(square, 0);
        Path file = dir.resolve("intact.vtu");
        VtkWriter.write(file, written, VtkEncoding.BINARY);
        double[] u = written.get("u").values();
        u[17] += 1e-9;
        FieldSet claimed = FieldSet.on(square).withNodal("u", u);
        Path json = dir.resolve("manifest.json");
        new VtkManifest().add(file, claimed, null).writeTo(json);
        CheckVtkScript.Result result = CheckVtkScript.run(json);
        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("point_data 'u': 1 of 98 values differ, first at index 17"), result.output());
    }

    /** A scalar and a 2-vector per node, a scalar and a 3-vector per cell, varying with time t. */
    static FieldSet meshFields(TriangleMesh mesh, double t) {
        int n = mesh.nodeCount();
        int m = mesh.elementCount();
        double[] u = valuesAt(n, i -> Math.sin(Math.PI * mesh.x(i)) * Math.sin(Math.PI * mesh.y(i)) + t);
        double[] grad = new double[2 * n];
        for (int i = 0; i < n; i++) {
            grad[2 * i] = Math.PI * Math.cos(Math.PI * mesh.x(i)) * Math.sin(Math.PI * mesh.y(i));
            grad[2 * i + 1] = Math.PI * Math.sin(Math.PI * mesh.x(i)) * Math.cos(Math.PI * mesh.y(i));
        }
        double[] area = valuesAt(m, mesh::area);
        double[] flux = new double[3 * m];
        for (int e = 0; e < m; e++) {
            flux[3 * e] = e;
            flux[3 * e + 1] = -e * 1e-7;
            flux[3 * e + 2] = 1.0 / (e + 3);
        }
        return FieldSet.on(mesh).withNodal("u", u).with(Field.nodalVector("grad_u", 2, grad))
                .withCell("area", area).with(Field.cellVector("flux", 3, flux));
    }

    static FieldSet gridFields(UniformGrid grid) {
        int n = grid.nodeCount();
        double[] u = valuesAt(n, i -> Math.exp(grid.x(i % grid.nx())) * grid.y(i / grid.nx()));
        double[] v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            v[2 * i] = i;
            v[2 * i + 1] = -0.5 * i;
        }
        return FieldSet.on(grid).withNodal("u", u).with(Field.nodalVector("v", 2, v));
    }

    static double[] valuesAt(int n, java.util.function.IntToDoubleFunction f) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = f.applyAsDouble(i);
        return out;
    }
}
