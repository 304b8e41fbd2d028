package org.operatorlab.ui.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.operatorlab.mesh.field.FieldDomain;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.io.CsvFieldWriter;
import org.operatorlab.mesh.io.VtkOptions;
import org.operatorlab.mesh.io.VtkWriter;
import org.operatorlab.mesh.task.CancellationToken;

/**
 * Writes a shown result as files with the mesh module's writers (each file atomically): VTK for
 * ParaView ({@code .vtu} on meshes, {@code .vti} on grids, plus a {@code .pvd} collection for a time
 * series) and CSV of the nodal fields. Runs off the JavaFX thread.
 */
final class ResultExporter {
    private ResultExporter() { }

    /** The files written, in order. */
    static List<Path> write(ShownResult result, Path folder, String stem, boolean vtk, boolean csv,
                            CancellationToken cancel) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        if (vtk) {
            String ext = result.fields().domain() instanceof FieldDomain.Mesh ? ".vtu" : ".vti";
            Path file = folder.resolve(stem + ext);
            VtkWriter.write(file, result.fields(), VtkOptions.binary());
            written.add(file);
            cancel.throwIfCancelled();
            if (result.series() != null && result.series().size() > 1) {
                Path pvd = folder.resolve(stem + "_series.pvd");
                written.addAll(VtkWriter.writeSeries(pvd, result.series(), VtkOptions.binary()));
                written.add(pvd);
            }
        }
        cancel.throwIfCancelled();
        if (csv) {
            Path file = folder.resolve(stem + ".csv");
            CsvFieldWriter.write(file, result.fields(), FieldLocation.NODE);
            written.add(file);
        }
        return written;
    }
}
