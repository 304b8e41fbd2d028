package org.operatorlab.ui.editor;

/** The geometries the editor offers, by the {@code shape} word of the problem file. */
enum GeometryPreset {
    RECTANGLE("rectangle", "Rectangle"),
    LSHAPE("lshape", "L-shape"),
    DISK("disk", "Disk"),
    ANNULUS("annulus", "Annulus"),
    POLYGON("polygon", "Polygon with holes"),
    GMSH("gmsh", "Gmsh mesh file (.msh)"),
    INTERVAL("interval", "Interval (1D)");

    private final String shape;
    private final String label;

    GeometryPreset(String shape, String label) {
        this.shape = shape;
        this.label = label;
    }

    /** The {@code shape} word. */
    String shape() {
        return shape;
    }

    static GeometryPreset of(String shape) {
        for (GeometryPreset p : values()) {
            if (p.shape.equals(shape)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no geometry preset for shape \"" + shape + "\"");
    }

    @Override
    public String toString() {
        return label;
    }
}
