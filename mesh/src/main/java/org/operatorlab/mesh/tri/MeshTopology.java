package org.operatorlab.mesh.tri;

import java.util.Arrays;

/**
 * Adjacency of a triangle mesh: node-to-element lists (CSR), the unique edges with the number of
 * elements on each, and the tagged boundary nodes. Immutable; build once per mesh with {@link #of}.
 */
public final class MeshTopology {
    private final TriangleMesh mesh;
    private final int[] nodeStart;
    private final int[] nodeElements;
    private final int[] edges;
    private final int[] edgeElementCount;

    private MeshTopology(TriangleMesh mesh) {
        this.mesh = mesh;
        int n = mesh.nodeCount();
        int elements = mesh.elementCount();
        int[] tris = mesh.triangleArray();
        nodeStart = new int[n + 1];
        for (int v : tris) {
            nodeStart[v + 1]++;
        }
        for (int i = 0; i < n; i++) {
            nodeStart[i + 1] += nodeStart[i];
        }
        nodeElements = new int[tris.length];
        int[] fill = Arrays.copyOf(nodeStart, n);
        for (int e = 0; e < elements; e++) {
            for (int k = 0; k < 3; k++) {
                nodeElements[fill[tris[3 * e + k]]++] = e;
            }
        }
        // unique edges: sort (min, max) keys of all element edges and count runs
        long[] keys = new long[tris.length];
        for (int e = 0; e < elements; e++) {
            for (int k = 0; k < 3; k++) {
                int a = tris[3 * e + k], b = tris[3 * e + (k + 1) % 3];
                keys[3 * e + k] = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
            }
        }
        if (keys.length > 1 << 16) {
            Arrays.parallelSort(keys);
        } else {
            Arrays.sort(keys);
        }
        int unique = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                unique++;
            }
        }
        edges = new int[2 * unique];
        edgeElementCount = new int[unique];
        int u = -1;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                u++;
                edges[2 * u] = (int) (keys[i] >>> 32);
                edges[2 * u + 1] = (int) keys[i];
            }
            edgeElementCount[u]++;
        }
    }

    public static MeshTopology of(TriangleMesh mesh) {
        return new MeshTopology(mesh);
    }

    /** The elements that have {@code node} as a vertex, in increasing order. */
    public int[] elementsOfNode(int node) {
        if (node < 0 || node >= mesh.nodeCount()) {
            throw new IllegalArgumentException("node " + node + " is not in a mesh of " + mesh.nodeCount() + " nodes");
        }
        return Arrays.copyOfRange(nodeElements, nodeStart[node], nodeStart[node + 1]);
    }

    /** The number of unique edges. */
    public int edgeCount() { return edgeElementCount.length; }

    /** The unique edges as (smaller node, larger node) pairs, sorted. */
    public int[] edges() { return edges.clone(); }

    /** Edges that belong to exactly one element (the mesh's geometric boundary), as node pairs. */
    public int[] freeEdges() {
        int count = 0;
        for (int c : edgeElementCount) {
            if (c == 1) {
                count++;
            }
        }
        int[] free = new int[2 * count];
        int j = 0;
        for (int i = 0; i < edgeElementCount.length; i++) {
            if (edgeElementCount[i] == 1) {
                free[j++] = edges[2 * i];
                free[j++] = edges[2 * i + 1];
            }
        }
        return free;
    }

    /** Edges shared by more than two elements: a valid planar mesh has none. */
    public int nonManifoldEdgeCount() {
        int count = 0;
        for (int c : edgeElementCount) {
            if (c > 2) {
                count++;
            }
        }
        return count;
    }

    /** The nodes on tagged boundary edges, sorted. */
    public int[] boundaryNodes() {
        return boundaryNodesTagged(-1);
    }

    /** The nodes on boundary edges tagged {@code name}, sorted. */
    public int[] boundaryNodes(String name) {
        int tag = mesh.boundaryNames().indexOf(name);
        if (tag < 0) {
            throw new IllegalArgumentException("no boundary '" + name + "'; the mesh has " + mesh.boundaryNames());
        }
        return boundaryNodesTagged(tag);
    }

    private int[] boundaryNodesTagged(int tag) {
        boolean[] on = new boolean[mesh.nodeCount()];
        int count = 0;
        for (int e = 0; e < mesh.boundaryEdgeCount(); e++) {
            if (tag >= 0 && mesh.boundaryEdgeTag(e) != tag) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                int v = mesh.boundaryEdgeNode(e, k);
                if (!on[v]) {
                    on[v] = true;
                    count++;
                }
            }
        }
        int[] nodes = new int[count];
        int j = 0;
        for (int v = 0; v < on.length; v++) {
            if (on[v]) {
                nodes[j++] = v;
            }
        }
        return nodes;
    }

    /** V - E + F; for a connected planar mesh this is 1 minus the number of holes. */
    public int eulerCharacteristic() {
        return mesh.nodeCount() - edgeCount() + mesh.elementCount();
    }
}
