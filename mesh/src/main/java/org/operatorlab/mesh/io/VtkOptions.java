package org.operatorlab.mesh.io;

import java.util.Objects;

/**
 * Choices for writing VTK files.
 *
 * @param encoding text or binary numbers
 * @param elevationField name of a nodal scalar field to use as the z coordinate of mesh points (a
 *     surface plot in ParaView without a filter), or null for z = 0; meshes only
 */
public record VtkOptions(VtkEncoding encoding, String elevationField) {
    public VtkOptions {
        Objects.requireNonNull(encoding, "encoding");
    }

    public static VtkOptions of(VtkEncoding encoding) { return new VtkOptions(encoding, null); }
    public static VtkOptions ascii() { return of(VtkEncoding.ASCII); }
    public static VtkOptions binary() { return of(VtkEncoding.BINARY); }

    /** These options, lifting mesh points to z = the nodal scalar field {@code field}. */
    public VtkOptions withElevation(String field) { return new VtkOptions(encoding, field); }
}
