package org.operatorlab.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.operatorlab.mesh.field.Field;

/** The parts every VTK XML file shares: the root element, DataArrays and PointData/CellData sections. */
final class VtkXmlWriter {
    private final OutputStream out;
    private final VtkEncoding encoding;

    VtkXmlWriter(OutputStream out, VtkEncoding encoding) {
        this.out = out;
        this.encoding = encoding;
    }

    void openFile(String type) throws IOException {
        line("<?xml version=\"1.0\"?>");
        line("<VTKFile type=\"" + type + "\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">");
    }

    void closeFile() throws IOException {
        line("</VTKFile>");
    }

    void line(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /** A DataArray element; {@code name} may be null (e.g. for Points). */
    void dataArray(String indent, String name, VtkArray array) throws IOException {
        String format = encoding == VtkEncoding.ASCII ? "ascii" : "binary";
        line(indent + "<DataArray type=\"" + array.type.xmlName + "\""
                + (name == null ? "" : " Name=\"" + name + "\"")
                + " NumberOfComponents=\"" + array.components + "\" format=\"" + format + "\">");
        if (encoding == VtkEncoding.ASCII) {
            array.writeAscii(out);
        } else {
            out.write(indent.getBytes(StandardCharsets.US_ASCII));
            array.writeBase64(out);
            out.write('\n');
        }
        line(indent + "</DataArray>");
    }

    /** A {@code <PointData>} or {@code <CellData>} element holding {@code fields}. */
    void fieldSection(String indent, String tag, List<Field> fields) throws IOException {
        if (fields.isEmpty()) {
            line(indent + "<" + tag + "/>");
            return;
        }
        line(indent + "<" + tag + ">");
        for (Field f : fields) {
            dataArray(indent + "  ", f.name(), VtkArray.float64(f.components(), f.values()));
        }
        line(indent + "</" + tag + ">");
    }
}
