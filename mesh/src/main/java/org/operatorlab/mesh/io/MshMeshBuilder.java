package org.operatorlab.mesh.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Turns parsed {@code .msh} content into a {@link TriangleMesh}: drops nodes no triangle uses, orients
 * triangles counter-clockwise, finds the boundary edges and names them from the physical curves.
 */
final class MshMeshBuilder {
    static final String UNTAGGED = "boundary";

    private MshMeshBuilder() { }

    static TriangleMesh build(Path file, MshContent c) throws IOException {
        int triangleCount = c.triangleCount();
        if (triangleCount == 0) {
            throw new IOException(file + ": no 3-node triangles found (is it a 2D mesh with a $Elements section?)");
        }
        int[] newIndex = new int[c.nodeCount()];
        java.util.Arrays.fill(newIndex, -1);
        int used = 0;
        for (int t = 0; t < triangleCount; t++) {
            for (int k = 0; k < 3; k++) {
                newIndex[c.triangleNode(t, k)] = 0;
            }
        }
        double[] x = new double[c.nodeCount()];
        double[] y = new double[c.nodeCount()];
        for (int n = 0; n < c.nodeCount(); n++) {
            if (newIndex[n] == 0) {
                newIndex[n] = used;
                x[used] = c.x(n);
                y[used] = c.y(n);
                used++;
            }
        }
        int[] triangles = orientedTriangles(file, c, newIndex, x, y);
        int[] boundarySlots = boundarySlots(file, triangles, used);

        Map<Long, Integer> linePhysical = new HashMap<>();
        TreeSet<Integer> physicalTags = new TreeSet<>();
        for (int l = 0; l < c.lineCount(); l++) {
            int tag = c.linePhysicalTag(l);
            int a = newIndex[c.lineNode(l, 0)];
            int b = newIndex[c.lineNode(l, 1)];
            if (tag != 0 && a >= 0 && b >= 0) {
                linePhysical.putIfAbsent(edgeKey(a, b, used), tag);
                physicalTags.add(tag);
            }
        }
        Map<String, Integer> nameIndex = new LinkedHashMap<>();
        Map<Integer, Integer> tagToName = new HashMap<>();
        for (int tag : physicalTags) {
            String name = c.curveNames.getOrDefault(tag, "group" + tag);
            tagToName.put(tag, nameIndex.computeIfAbsent(name, n -> nameIndex.size()));
        }
        int[] edgeName = new int[boundarySlots.length];
        for (int e = 0; e < boundarySlots.length; e++) {
            int slot = boundarySlots[e];
            int a = triangles[slot];
            int b = triangles[nextInTriangle(slot)];
            Integer tag = linePhysical.get(edgeKey(a, b, used));
            edgeName[e] = tag != null ? tagToName.get(tag) : nameIndex.computeIfAbsent(UNTAGGED, n -> nameIndex.size());
        }
        // Group edges by name, keeping triangle order within a name.
        int names = nameIndex.size();
        int[] edges = new int[2 * boundarySlots.length];
        int[] tags = new int[boundarySlots.length];
        int out = 0;
        for (int name = 0; name < names; name++) {
            for (int e = 0; e < boundarySlots.length; e++) {
                if (edgeName[e] == name) {
                    int slot = boundarySlots[e];
                    edges[2 * out] = triangles[slot];
                    edges[2 * out + 1] = triangles[nextInTriangle(slot)];
                    tags[out++] = name;
                }
            }
        }
        List<String> nameList = new ArrayList<>(nameIndex.keySet());
        return new TriangleMesh(java.util.Arrays.copyOf(x, used), java.util.Arrays.copyOf(y, used), triangles,
                edges, tags, nameList);
    }

    private static int[] orientedTriangles(Path file, MshContent c, int[] newIndex, double[] x, double[] y)
            throws IOException {
        int[] triangles = new int[3 * c.triangleCount()];
        for (int t = 0; t < c.triangleCount(); t++) {
            int a = newIndex[c.triangleNode(t, 0)];
            int b = newIndex[c.triangleNode(t, 1)];
            int d = newIndex[c.triangleNode(t, 2)];
            double twiceArea = (x[b] - x[a]) * (y[d] - y[a]) - (x[d] - x[a]) * (y[b] - y[a]);
            if (twiceArea == 0 || a == b || b == d || a == d) {
                throw new IOException(file + ":" + c.triangleSourceLine(t) + ": degenerate triangle (zero area)");
            }
            triangles[3 * t] = a;
            triangles[3 * t + 1] = twiceArea > 0 ? b : d;
            triangles[3 * t + 2] = twiceArea > 0 ? d : b;
        }
        return triangles;
    }

    /**
     * Slots {@code 3t+k} (edge from corner k to corner k+1 of triangle t) of the edges used by exactly
     * one triangle, in triangle order; as triangles are counter-clockwise, the domain lies to the left.
     */
    private static int[] boundarySlots(Path file, int[] triangles, int nodes) throws IOException {
        // Bucket the edge slots by their lower node (counting sort), then match within each small bucket:
        // flat arrays instead of a hash map of boxed keys.
        int slots = triangles.length;
        int[] start = new int[nodes + 1];
        for (int slot = 0; slot < slots; slot++) {
            start[Math.min(triangles[slot], triangles[nextInTriangle(slot)]) + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = java.util.Arrays.copyOf(start, nodes);
        int[] bucket = new int[slots];
        for (int slot = 0; slot < slots; slot++) {
            bucket[fill[Math.min(triangles[slot], triangles[nextInTriangle(slot)])]++] = slot;
        }
        boolean[] boundary = new boolean[slots];
        int count = 0;
        for (int v = 0; v < nodes; v++) {
            for (int i = start[v]; i < start[v + 1]; i++) {
                int other = upper(triangles, bucket[i]);
                int sharing = 0;
                for (int j = start[v]; j < start[v + 1]; j++) {
                    if (j != i && upper(triangles, bucket[j]) == other) sharing++;
                }
                if (sharing > 1) {
                    throw new IOException(file + ": edge between used nodes " + v + " and " + other
                            + " (0-based) is shared by " + (sharing + 1) + " triangles");
                }
                if (sharing == 0) {
                    boundary[bucket[i]] = true;
                    count++;
                }
            }
        }
        int[] result = new int[count];
        int k = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (boundary[slot]) result[k++] = slot;
        }
        return result;
    }

    private static int upper(int[] triangles, int slot) {
        return Math.max(triangles[slot], triangles[nextInTriangle(slot)]);
    }

    private static int nextInTriangle(int slot) {
        return slot % 3 == 2 ? slot - 2 : slot + 1;
    }

    private static long edgeKey(int a, int b, int nodes) {
        return (long) Math.min(a, b) * nodes + Math.max(a, b);
    }
}
