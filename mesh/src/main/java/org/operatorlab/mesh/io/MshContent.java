package org.operatorlab.mesh.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@code .msh} parser collects, independent of the format version: nodes in file order,
 * 3-node triangles, 2-node lines with their physical tag, and the names of physical curves.
 * Element types other than points, lines and triangles are rejected where they are read.
 */
final class MshContent {
    static final int POINT = 15;
    static final int LINE = 1;
    static final int TRIANGLE = 2;
    private static final long DENSE_TAG_LIMIT = 1 << 26;

    private double[] x = new double[64];
    private double[] y = new double[64];
    private double firstZ = Double.NaN;
    private int nodeCount;
    /** Node index by tag for the usual dense tags 1..N (-1 where undefined); sparse tags go to the map. */
    private int[] indexByTag = new int[0];
    private final Map<Long, Integer> sparseIndexByTag = new HashMap<>();

    private int[] triangles = new int[96];
    private int[] triangleSourceLines = new int[32];
    private int triangleCount;

    private int[] lines = new int[64];
    private int[] linePhysicalTags = new int[32];
    private int lineCount;

    /** Names of physical groups of dimension 1, by physical tag. */
    final Map<Integer, String> curveNames = new TreeMap<>();

    void addNode(long tag, double nx, double ny, double nz, MshLines in) throws IOException {
        if (index(tag) >= 0) {
            throw in.error("node " + tag + " is defined twice");
        }
        if (tag >= 0 && tag < DENSE_TAG_LIMIT) {
            if (tag >= indexByTag.length) {
                int old = indexByTag.length;
                indexByTag = Arrays.copyOf(indexByTag, (int) Math.max(2L * old, tag + 1024));
                Arrays.fill(indexByTag, old, indexByTag.length, -1);
            }
            indexByTag[(int) tag] = nodeCount;
        } else {
            sparseIndexByTag.put(tag, nodeCount);
        }
        if (!Double.isFinite(nx) || !Double.isFinite(ny) || !Double.isFinite(nz)) {
            throw in.error("node " + tag + " has a non-finite coordinate");
        }
        if (nodeCount == 0) {
            firstZ = nz;
        } else if (Math.abs(nz - firstZ) > 1e-12 * (1 + Math.abs(firstZ))) {
            throw in.error("node " + tag + " has z = " + nz + " but node 1 has z = " + firstZ
                    + "; only planar meshes (constant z) are read");
        }
        if (nodeCount == x.length) {
            x = Arrays.copyOf(x, 2 * nodeCount);
            y = Arrays.copyOf(y, 2 * nodeCount);
        }
        x[nodeCount] = nx;
        y[nodeCount] = ny;
        nodeCount++;
    }

    /**
     * Records one element of Gmsh type {@code type} whose node tags are {@code tokens[first..]}.
     * Points are ignored; lines and triangles are kept; anything else is an error naming the type.
     */
    void addElement(int type, MshLines in, int first, int physicalTag) throws IOException {
        int nodesPerElement = switch (type) {
            case POINT -> 1;
            case LINE -> 2;
            case TRIANGLE -> 3;
            default -> throw in.error("unsupported element type " + type + " (" + GmshElementTypes.describe(type)
                    + "); only 3-node triangles, 2-node lines and points are read");
        };
        if (in.tokenCount() != first + nodesPerElement) {
            throw in.error("element of type " + type + " needs " + nodesPerElement + " node tags, found "
                    + (in.tokenCount() - first));
        }
        if (type == POINT) {
            return;
        }
        if (type == LINE) {
            if (2 * lineCount + 2 > lines.length) {
                lines = Arrays.copyOf(lines, 2 * lines.length);
                linePhysicalTags = Arrays.copyOf(linePhysicalTags, 2 * linePhysicalTags.length);
            }
            lines[2 * lineCount] = node(in, first);
            lines[2 * lineCount + 1] = node(in, first + 1);
            linePhysicalTags[lineCount++] = physicalTag;
            return;
        }
        if (3 * triangleCount + 3 > triangles.length) {
            triangles = Arrays.copyOf(triangles, 2 * triangles.length);
            triangleSourceLines = Arrays.copyOf(triangleSourceLines, 2 * triangleSourceLines.length);
        }
        for (int k = 0; k < 3; k++) {
            triangles[3 * triangleCount + k] = node(in, first + k);
        }
        triangleSourceLines[triangleCount++] = in.lineNumber();
    }

    private int node(MshLines in, int k) throws IOException {
        long tag = in.longToken(k);
        int index = index(tag);
        if (index < 0) {
            throw in.error("element refers to node " + tag + ", which $Nodes does not define");
        }
        return index;
    }

    private int index(long tag) {
        if (tag >= 0 && tag < indexByTag.length) {
            return indexByTag[(int) tag];
        }
        return sparseIndexByTag.getOrDefault(tag, -1);
    }

    int nodeCount() { return nodeCount; }
    double x(int node) { return x[node]; }
    double y(int node) { return y[node]; }

    int triangleCount() { return triangleCount; }
    int triangleNode(int t, int k) { return triangles[3 * t + k]; }
    int triangleSourceLine(int t) { return triangleSourceLines[t]; }

    int lineCount() { return lineCount; }
    int lineNode(int l, int k) { return lines[2 * l + k]; }
    /** Physical tag of line {@code l}; 0 when it belongs to no physical group. */
    int linePhysicalTag(int l) { return linePhysicalTags[l]; }
}
