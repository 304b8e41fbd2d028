package org.operatorlab.mesh.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.operatorlab.mesh.field.FieldDomain;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.field.TimeSeries;
import org.operatorlab.mesh.field.TimeStep;

/**
 * Writes fields for ParaView/VisIt, atomically. The file extension picks the format: {@code .vtu}
 * (XML UnstructuredGrid, meshes), {@code .vti} (XML ImageData, grids), {@code .vtk} (legacy, both).
 * Time series go to a {@code .pvd} collection plus one file per step beside it.
 */
public final class VtkWriter {
    private VtkWriter() { }

    public static void write(Path file, FieldSet fields, VtkEncoding encoding) throws IOException {
        write(file, fields, VtkOptions.of(encoding));
    }

    public static void write(Path file, FieldSet fields, VtkOptions options) throws IOException {
        String ext = extension(file);
        // Check the domain before touching the disk, so a wrong extension leaves no file behind.
        switch (ext) {
            case "vti" -> VtkDatasets.requireGrid(fields, file + ": .vti");
            case "vtu", "vtk" -> { }
            default -> throw new IllegalArgumentException(file + ": unknown VTK extension '." + ext
                    + "'; use .vtu (meshes and grids), .vti (grids) or .vtk (legacy, both)");
        }
        AtomicFiles.write(file, out -> {
            switch (ext) {
                case "vtu" -> VtuFormat.write(out, fields, options);
                case "vti" -> VtiFormat.write(out, fields, options);
                default -> LegacyVtkFormat.write(out, fields, options);
            }
        });
    }

    /**
     * Writes each step of {@code series} to {@code <stem>_<k>.vtu} (meshes) or {@code .vti} (grids) in the
     * folder of {@code pvdFile}, then the {@code .pvd} index naming them with their times. The index is
     * written last, so it never names a file that is not there yet.
     *
     * @return the step files, in time order
     */
    public static List<Path> writeSeries(Path pvdFile, TimeSeries series, VtkOptions options) throws IOException {
        if (!extension(pvdFile).equals("pvd")) {
            throw new IllegalArgumentException(pvdFile + ": a time series index needs the extension .pvd");
        }
        if (series.size() == 0) {
            throw new IllegalArgumentException(pvdFile + ": the time series has no steps");
        }
        String name = pvdFile.getFileName().toString();
        String stem = name.substring(0, name.length() - ".pvd".length());
        String stepExt = series.step(0).fields().domain() instanceof FieldDomain.Mesh ? ".vtu" : ".vti";
        int digits = Math.max(4, Integer.toString(series.size() - 1).length());
        List<Path> files = new ArrayList<>();
        StringBuilder index = new StringBuilder();
        index.append("<?xml version=\"1.0\"?>\n")
                .append("<VTKFile type=\"Collection\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n")
                .append("  <Collection>\n");
        for (int k = 0; k < series.size(); k++) {
            TimeStep step = series.step(k);
            String stepName = stem + "_" + String.format(Locale.ROOT, "%0" + digits + "d", k) + stepExt;
            Path stepFile = pvdFile.resolveSibling(stepName);
            write(stepFile, step.fields(), options);
            files.add(stepFile);
            index.append("    <DataSet timestep=\"").append(step.time())
                    .append("\" group=\"\" part=\"0\" file=\"").append(xmlAttribute(stepName)).append("\"/>\n");
        }
        index.append("  </Collection>\n</VTKFile>\n");
        byte[] bytes = index.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(pvdFile, out -> out.write(bytes));
        return files;
    }

    private static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
