package org.operatorlab.mesh.io;

/**
 * How VTK files store numbers: as text, or as binary (XML files: inline base64 with a UInt64 byte-count
 * header, little-endian; legacy files: raw big-endian).
 */
public enum VtkEncoding {
    ASCII,
    BINARY
}
