package org.operatorlab.mesh.tri;

/**
 * Finds the element containing a point through a uniform bucket grid over the mesh's bounding box
 * (about one bucket per element, each listing the elements whose box overlaps it), and interpolates
 * P1 nodal values there. Immutable and safe to share between threads.
 */
public final class PointLocator {
    /** Barycentric slack, so points on an edge or at a vertex are found despite round-off. */
    private static final double TOLERANCE = 1e-12;

    private final TriangleMesh mesh;
    private final double[] x;
    private final double[] y;
    private final int[] tris;
    private final double xMin;
    private final double yMin;
    private final double cellWidth;
    private final double cellHeight;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellElements;

    public PointLocator(TriangleMesh mesh) {
        this.mesh = mesh;
        x = mesh.xCoordinates();
        y = mesh.yCoordinates();
        tris = mesh.triangleArray();
        double x0 = Double.POSITIVE_INFINITY, y0 = x0, x1 = Double.NEGATIVE_INFINITY, y1 = x1;
        for (int i = 0; i < x.length; i++) {
            x0 = Math.min(x0, x[i]);
            x1 = Math.max(x1, x[i]);
            y0 = Math.min(y0, y[i]);
            y1 = Math.max(y1, y[i]);
        }
        int elements = mesh.elementCount();
        double width = Math.max(x1 - x0, 1e-300), height = Math.max(y1 - y0, 1e-300);
        double cells = Math.max(1, elements);
        columns = (int) Math.max(1, Math.min(4096, Math.round(Math.sqrt(cells * width / height))));
        rows = (int) Math.max(1, Math.min(4096, Math.round(cells / columns)));
        xMin = x0;
        yMin = y0;
        cellWidth = width / columns;
        cellHeight = height / rows;

        cellStart = new int[columns * rows + 1];
        int[] range = new int[4];
        for (int e = 0; e < elements; e++) {
            cellRange(e, range);
            for (int j = range[2]; j <= range[3]; j++) {
                for (int i = range[0]; i <= range[1]; i++) {
                    cellStart[j * columns + i + 1]++;
                }
            }
        }
        for (int k = 0; k < columns * rows; k++) {
            cellStart[k + 1] += cellStart[k];
        }
        cellElements = new int[cellStart[columns * rows]];
        int[] fill = cellStart.clone();
        for (int e = 0; e < elements; e++) {
            cellRange(e, range);
            for (int j = range[2]; j <= range[3]; j++) {
                for (int i = range[0]; i <= range[1]; i++) {
                    cellElements[fill[j * columns + i]++] = e;
                }
            }
        }
    }

    /** The buckets overlapped by element e's box: {i0, i1, j0, j1}. */
    private void cellRange(int e, int[] range) {
        int a = tris[3 * e], b = tris[3 * e + 1], c = tris[3 * e + 2];
        range[0] = column(Math.min(x[a], Math.min(x[b], x[c])));
        range[1] = column(Math.max(x[a], Math.max(x[b], x[c])));
        range[2] = row(Math.min(y[a], Math.min(y[b], y[c])));
        range[3] = row(Math.max(y[a], Math.max(y[b], y[c])));
    }

    private int column(double px) {
        return Math.max(0, Math.min(columns - 1, (int) ((px - xMin) / cellWidth)));
    }

    private int row(double py) {
        return Math.max(0, Math.min(rows - 1, (int) ((py - yMin) / cellHeight)));
    }

    public TriangleMesh mesh() { return mesh; }

    /** The element containing (px, py), or -1 when the point is outside the mesh. */
    public int locate(double px, double py) {
        double slackX = TOLERANCE * cellWidth * columns, slackY = TOLERANCE * cellHeight * rows;
        if (!(px >= xMin - slackX && px <= xMin + cellWidth * columns + slackX
                && py >= yMin - slackY && py <= yMin + cellHeight * rows + slackY)) {
            return -1;
        }
        int cell = row(py) * columns + column(px);
        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
            int e = cellElements[k];
            if (contains(e, px, py)) {
                return e;
            }
        }
        return -1;
    }

    private boolean contains(int e, double px, double py) {
        int a = tris[3 * e], b = tris[3 * e + 1], c = tris[3 * e + 2];
        double det = (x[b] - x[a]) * (y[c] - y[a]) - (x[c] - x[a]) * (y[b] - y[a]);
        double slack = -TOLERANCE * Math.abs(det);
        double la = (x[b] - px) * (y[c] - py) - (x[c] - px) * (y[b] - py);
        double lb = (x[c] - px) * (y[a] - py) - (x[a] - px) * (y[c] - py);
        double lc = (x[a] - px) * (y[b] - py) - (x[b] - px) * (y[a] - py);
        return la >= slack && lb >= slack && lc >= slack;
    }

    /** Barycentric coordinates of (px, py) in element e, written to {@code out[0..2]}. */
    public void barycentric(int e, double px, double py, double[] out) {
        int a = tris[3 * e], b = tris[3 * e + 1], c = tris[3 * e + 2];
        double det = (x[b] - x[a]) * (y[c] - y[a]) - (x[c] - x[a]) * (y[b] - y[a]);
        out[0] = ((x[b] - px) * (y[c] - py) - (x[c] - px) * (y[b] - py)) / det;
        out[1] = ((x[c] - px) * (y[a] - py) - (x[a] - px) * (y[c] - py)) / det;
        out[2] = 1 - out[0] - out[1];
    }

    /** The P1 interpolant of nodal values at (px, py); NaN outside the mesh. */
    public double interpolate(double[] nodalValues, double px, double py) {
        if (nodalValues.length != x.length) {
            throw new IllegalArgumentException("interpolate needs " + x.length + " nodal values, got "
                    + nodalValues.length);
        }
        int e = locate(px, py);
        if (e < 0) {
            return Double.NaN;
        }
        double[] w = new double[3];
        barycentric(e, px, py, w);
        return w[0] * nodalValues[tris[3 * e]] + w[1] * nodalValues[tris[3 * e + 1]]
                + w[2] * nodalValues[tris[3 * e + 2]];
    }
}
