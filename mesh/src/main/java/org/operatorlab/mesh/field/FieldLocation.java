package org.operatorlab.mesh.field;

/** Where a field's values live: one tuple per node, or one per cell (triangle). */
public enum FieldLocation {
    NODE("nodal"),
    CELL("cell");

    private final String adjective;

    FieldLocation(String adjective) {
        this.adjective = adjective;
    }

    /** "nodal" or "cell", for messages. */
    public String adjective() { return adjective; }
}
