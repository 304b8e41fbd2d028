package org.operatorlab.mesh.io;

import java.io.IOException;

/** Reads the sections whose layout depends on the {@code .msh} format version. */
interface MshFormatParser {
    /**
     * Reads the section whose header line ({@code "$Nodes"}, ...) was just read, through its end marker.
     * Returns false, having read nothing, for sections this version does not interpret.
     */
    boolean readSection(String header, MshLines in, MshContent out) throws IOException;
}
