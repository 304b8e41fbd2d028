package org.operatorlab.mesh.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/** Format details and errors of the VTK writers that the independent readers do not see. */
class VtkWriterTest {
    static final TriangleMesh SQUARE = new TriangleMesh(new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1},
            new int[] {0, 1, 2, 0, 2, 3}, new int[] {0, 1, 1, 2, 2, 3, 3, 0}, new int[] {0, 0, 0, 0},
            List.of("boundary"));

    @TempDir
    Path dir;

    @Test
    void binaryXmlArraysCarryAUInt64ByteCountThenLittleEndianDoubles() throws IOException {
        FieldSet fields = FieldSet.on(SQUARE).withNodal("u", new double[] {0.5, -1, 2.25, 1e300});
        Path file = dir.resolve("square.vtu");
        VtkWriter.write(file, fields, VtkEncoding.BINARY);
        String xml = Files.readString(file);
        assertTrue(xml.contains("header_type=\"UInt64\"") && xml.contains("byte_order=\"LittleEndian\""));
        Matcher m = Pattern.compile("Name=\"u\" NumberOfComponents=\"1\" format=\"binary\">\\s*(\\S+)").matcher(xml);
        assertTrue(m.find(), xml);
        String encoded = m.group(1);
        // Header and data are encoded separately: 8 bytes make 12 base64 characters.
        ByteBuffer header = ByteBuffer.wrap(Base64.getDecoder().decode(encoded.substring(0, 12)))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(32, header.getLong());
        ByteBuffer data = ByteBuffer.wrap(Base64.getDecoder().decode(encoded.substring(12))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0.5, data.getDouble());
        assertEquals(-1, data.getDouble());
        assertEquals(2.25, data.getDouble());
        assertEquals(1e300, data.getDouble());
    }

    @Test
    void legacyBinaryIsBigEndian() throws IOException {
        FieldSet fields = FieldSet.on(UniformGrid.line(3, 0, 1, false)).withNodal("a", new double[] {1.5, 2.5, 3.5});
        Path file = dir.resolve("line.vtk");
        VtkWriter.write(file, fields, VtkEncoding.BINARY);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("DIMENSIONS 3 1 1\nORIGIN 0.0 0.0 0\nSPACING 0.5 1.0 1\n"), text);
        int start = text.indexOf("LOOKUP_TABLE default\n") + "LOOKUP_TABLE default\n".length();
        ByteBuffer data = ByteBuffer.wrap(bytes, start, 24).order(ByteOrder.BIG_ENDIAN);
        assertEquals(1.5, data.getDouble());
        assertEquals(2.5, data.getDouble());
        assertEquals(3.5, data.getDouble());
    }

    @Test
    void wrongExtensionOrDomainIsRejectedWithoutWritingAFile() {
        FieldSet onMesh = FieldSet.on(SQUARE);
        Path vti = dir.resolve("m.vti");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VtkWriter.write(vti, onMesh, VtkEncoding.ASCII));
        assertEquals(vti + ": .vti holds uniform grids, but these fields live on a mesh (use .vtu or .vtk)", e.getMessage());
        Path txt = dir.resolve("m.txt");
        e = assertThrows(IllegalArgumentException.class, () -> VtkWriter.write(txt, onMesh, VtkEncoding.ASCII));
        assertTrue(e.getMessage().startsWith(txt + ": unknown VTK extension '.txt'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> VtkWriter.write(dir.resolve("z.vtu"), onMesh,
                VtkOptions.ascii().withElevation("h")));
        assertEquals("elevation field 'h' is not among the fields []", e.getMessage());
        assertTrue(dir.toFile().list().length == 0, "no file or temporary file left behind");
    }
}
