package org.operatorlab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.io.VtkOptions;
import org.operatorlab.mesh.io.VtkWriter;
import org.operatorlab.mesh.tri.MeshQuality;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.ProblemDomain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code operatorlab mesh PROBLEM.json --out mesh.vtu}: meshes the problem's geometry and reports quality. */
@Command(name = "mesh", mixinStandardHelpOptions = true,
        description = "Mesh a problem's geometry (or build its grid), print quality statistics and write VTK.")
public final class MeshCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROBLEM.json", description = "problem file")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "output: .vtu (triangle meshes), .vti (grids) or legacy .vtk")
    Path out;

    @Option(names = "--size", paramLabel = "H", description = "override the problem's target element size")
    Double size;

    @Option(names = "--ascii", description = "write ASCII VTK instead of binary")
    boolean ascii;

    @Override
    public Integer call() throws Exception {
        ProblemDomain domain = ProblemMeshing.domain(file, size);
        PrintWriter stdout = spec.commandLine().getOut();
        FieldSet fields = describe(domain, stdout);
        if (out != null) {
            VtkWriter.write(out, fields, ascii ? VtkOptions.ascii() : VtkOptions.binary());
            stdout.println("wrote " + out);
        }
        return 0;
    }

    /** Prints the statistics and returns the fields worth writing (per-element quality on meshes). */
    static FieldSet describe(ProblemDomain domain, PrintWriter stdout) {
        if (domain instanceof ProblemDomain.Triangulated t) {
            TriangleMesh mesh = t.mesh();
            MeshQuality quality = MeshQuality.of(mesh);
            stdout.println(quality.summary());
            return FieldSet.on(mesh)
                    .withCell("min_angle", MeshQualityFields.minAngles(mesh))
                    .withCell("area", MeshQualityFields.areas(mesh));
        }
        UniformGrid grid = ((ProblemDomain.Grid) domain).grid();
        stdout.println(String.format(Locale.ROOT, "grid: %d x %d nodes, spacing %.6g x %.6g%s",
                grid.nx(), grid.ny(), grid.dx(), grid.dy(),
                grid.periodicX() || grid.periodicY() ? ", periodic" : ""));
        return FieldSet.on(grid);
    }
}
