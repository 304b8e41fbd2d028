package org.operatorlab.mesh.grid;

/**
 * A uniform structured grid of nodes over a box, in one or two dimensions.
 *
 * <p>A non-periodic axis with n nodes spans [min, max] with spacing (max-min)/(n-1), endpoints
 * included. A periodic axis with n nodes spans [min, max) with spacing (max-min)/n: the node at max
 * is the node at min. A 1D grid has {@code ny == 1}. Nodes are numbered row-major, x fastest:
 * {@code index = j * nx + i}.
 */
public record UniformGrid(int nx, int ny, double xMin, double yMin, double xMax, double yMax,
                          boolean periodicX, boolean periodicY) {

    public UniformGrid {
        if (nx < 2 || ny < 1) {
            throw new IllegalArgumentException("grid needs nx >= 2 and ny >= 1, got " + nx + " x " + ny);
        }
        if (!(xMax > xMin) || (ny > 1 && !(yMax > yMin))) {
            throw new IllegalArgumentException("grid box is empty: [" + xMin + ", " + xMax + "] x ["
                    + yMin + ", " + yMax + "]");
        }
    }

    /** A non-periodic 2D grid over a box. */
    public static UniformGrid of(int nx, int ny, double xMin, double yMin, double xMax, double yMax) {
        return new UniformGrid(nx, ny, xMin, yMin, xMax, yMax, false, false);
    }

    /** A 1D grid on [xMin, xMax] (or [xMin, xMax) when periodic). */
    public static UniformGrid line(int nx, double xMin, double xMax, boolean periodic) {
        return new UniformGrid(nx, 1, xMin, 0, xMax, 0, periodic, false);
    }

    public int dimension() { return ny == 1 ? 1 : 2; }
    public int nodeCount() { return nx * ny; }
    public int index(int i, int j) { return j * nx + i; }

    public double dx() { return (xMax - xMin) / (periodicX ? nx : nx - 1); }
    public double dy() { return ny == 1 ? 0 : (yMax - yMin) / (periodicY ? ny : ny - 1); }

    public double x(int i) { return xMin + i * dx(); }
    public double y(int j) { return ny == 1 ? yMin : yMin + j * dy(); }
}
