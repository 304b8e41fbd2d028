package org.operatorlab.mesh.io;

/** Human-readable names of Gmsh element types, for error messages about what we do not read. */
final class GmshElementTypes {
    private GmshElementTypes() { }

    static String describe(int type) {
        return switch (type) {
            case 1 -> "2-node line";
            case 2 -> "3-node triangle";
            case 3 -> "4-node quadrangle";
            case 4 -> "4-node tetrahedron";
            case 5 -> "8-node hexahedron";
            case 6 -> "6-node prism";
            case 7 -> "5-node pyramid";
            case 8 -> "3-node second-order line";
            case 9 -> "6-node second-order triangle";
            case 10 -> "9-node second-order quadrangle";
            case 11 -> "10-node second-order tetrahedron";
            case 15 -> "1-node point";
            case 16 -> "8-node second-order quadrangle";
            case 20, 21, 22, 23, 24, 25 -> "higher-order triangle";
            case 26, 27, 28 -> "higher-order line";
            default -> "a type other than point, line or triangle";
        };
    }
}
