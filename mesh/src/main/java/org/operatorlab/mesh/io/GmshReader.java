package org.operatorlab.mesh.io;

import java.io.IOException;
import java.nio.file.Path;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Reads a 2D triangle mesh from a Gmsh {@code .msh} file, ASCII format 2.2 or 4.1.
 *
 * <p>Kept: nodes used by 3-node triangles (renumbered in file order; geometry points no triangle uses
 * are dropped), triangles (re-oriented counter-clockwise), and the edges on the mesh boundary. A
 * boundary edge covered by a 2-node line of a physical curve group gets that group's name from
 * {@code $PhysicalNames}, or {@code "group<N>"} when the group has no name; other boundary edges are
 * tagged {@code "boundary"}. Lines inside the domain are ignored. Binary files, higher-order or 3D
 * elements and malformed or truncated files raise an {@link IOException} whose one-line message
 * names the file, the line and the problem.
 */
public final class GmshReader {
    private GmshReader() { }

    public static TriangleMesh read(Path file) throws IOException {
        try (MshLines in = new MshLines(file)) {
            MshFormatParser parser = readFormat(in, file);
            MshContent content = new MshContent();
            while (in.advance()) {
                String header = in.text();
                if (!header.startsWith("$")) {
                    throw in.error("expected a section header such as $Nodes, found \"" + header + "\"");
                }
                if (header.equals("$PhysicalNames")) {
                    readPhysicalNames(in, content);
                } else if (!parser.readSection(header, in, content)) {
                    in.skipSection("$End" + header.substring(1));
                }
            }
            return MshMeshBuilder.build(file, content);
        }
    }

    private static MshFormatParser readFormat(MshLines in, Path file) throws IOException {
        if (!in.advance() || !in.text().equals("$MeshFormat")) {
            throw new IOException(file + ":" + Math.max(1, in.lineNumber())
                    + ": not a Gmsh .msh file (the first line must be $MeshFormat)");
        }
        in.require("the format version");
        String version = in.token(0);
        int fileType = in.intToken(1);
        if (fileType != 0) {
            throw in.error("binary .msh is not supported; save the mesh as ASCII (gmsh -format msh41 or msh22, without -bin)");
        }
        MshFormatParser parser;
        if (version.startsWith("2.")) {
            parser = new Msh2Parser();
        } else if (version.equals("4.1")) {
            parser = new Msh4Parser();
        } else {
            throw in.error("unsupported .msh version " + version + "; ASCII versions 2.2 and 4.1 are read");
        }
        in.expect("$EndMeshFormat");
        return parser;
    }

    /** Lines {@code dim tag "name"}; only curve (dimension 1) names become boundary names. */
    private static void readPhysicalNames(MshLines in, MshContent out) throws IOException {
        in.require("the physical name count");
        long count = in.longToken(0);
        for (long k = 0; k < count; k++) {
            in.requireRecord("physical names", k, count);
            int dim = in.intToken(0);
            int tag = in.intToken(1);
            String text = in.text();
            int open = text.indexOf('"');
            int close = text.lastIndexOf('"');
            if (open < 0 || close <= open) {
                throw in.error("a physical name must be quoted, found \"" + text + "\"");
            }
            if (dim == 1) {
                out.curveNames.put(tag, text.substring(open + 1, close));
            }
        }
        in.expect("$EndPhysicalNames");
    }
}
