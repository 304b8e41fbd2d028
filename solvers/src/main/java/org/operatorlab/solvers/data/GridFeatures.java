package org.operatorlab.solvers.data;

/** Shrinks a grid field to a few hundred block means, so sorting N samples stays cheap. */
public final class GridFeatures {
    private GridFeatures() { }

    /**
     * Block means of a row-major {@code nx × ny} field over at most {@code side × side} blocks
     * (fewer along an axis that is shorter than {@code side}).
     */
    public static double[] blockMeans(double[] field, int nx, int ny, int side) {
        if (field.length != nx * ny) {
            throw new IllegalArgumentException("field has " + field.length + " values, grid " + nx + "x" + ny + " needs " + nx * ny);
        }
        int bx = Math.min(side, nx);
        int by = Math.min(side, ny);
        double[] sums = new double[bx * by];
        int[] counts = new int[bx * by];
        for (int j = 0; j < ny; j++) {
            int cj = (int) ((long) j * by / ny);
            for (int i = 0; i < nx; i++) {
                int c = cj * bx + (int) ((long) i * bx / nx);
                sums[c] += field[j * nx + i];
                counts[c]++;
            }
        }
        for (int c = 0; c < sums.length; c++) {
            sums[c] /= counts[c];
        }
        return sums;
    }
}
