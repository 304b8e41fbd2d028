package org.operatorlab.mesh.io;

import java.io.IOException;

/** The $Nodes and $Elements sections of {@code .msh} format 2.x (one node or element per line). */
final class Msh2Parser implements MshFormatParser {
    @Override
    public boolean readSection(String header, MshLines in, MshContent out) throws IOException {
        switch (header) {
            case "$Nodes" -> readNodes(in, out);
            case "$Elements" -> readElements(in, out);
            default -> { return false; }
        }
        return true;
    }

    private static void readNodes(MshLines in, MshContent out) throws IOException {
        in.require("the node count");
        long count = in.longToken(0);
        for (long k = 0; k < count; k++) {
            in.requireRecord("nodes", k, count);
            if (in.tokenCount() != 4) {
                throw in.error("a node line needs 4 values (tag x y z), found " + in.tokenCount());
            }
            out.addNode(in.longToken(0), in.doubleToken(1), in.doubleToken(2), in.doubleToken(3), in);
        }
        in.expect("$EndNodes");
    }

    private static void readElements(MshLines in, MshContent out) throws IOException {
        in.require("the element count");
        long count = in.longToken(0);
        for (long k = 0; k < count; k++) {
            in.requireRecord("elements", k, count);
            int type = in.intToken(1);
            int tagCount = in.intToken(2);
            if (tagCount < 0) {
                throw in.error("negative tag count " + tagCount);
            }
            // The first tag is the physical group (0 when the element belongs to none).
            int physical = tagCount > 0 ? in.intToken(3) : 0;
            out.addElement(type, in, 3 + tagCount, physical);
        }
        in.expect("$EndElements");
    }
}
