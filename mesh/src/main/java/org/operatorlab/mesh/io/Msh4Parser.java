package org.operatorlab.mesh.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The $Entities, $Nodes and $Elements sections of {@code .msh} format 4.1, where nodes and elements
 * come in blocks per geometric entity and physical groups are attached to entities, not elements.
 */
final class Msh4Parser implements MshFormatParser {
    /** First physical tag of each geometric curve that has one. */
    private final Map<Integer, Integer> curvePhysicalTag = new HashMap<>();

    @Override
    public boolean readSection(String header, MshLines in, MshContent out) throws IOException {
        switch (header) {
            case "$Entities" -> readEntities(in);
            case "$Nodes" -> readNodes(in, out);
            case "$Elements" -> readElements(in, out);
            default -> { return false; }
        }
        return true;
    }

    private void readEntities(MshLines in) throws IOException {
        in.require("the entity counts");
        long points = in.longToken(0);
        long curves = in.longToken(1);
        long surfaces = in.longToken(2);
        long volumes = in.longToken(3);
        for (long k = 0; k < points; k++) {
            in.requireRecord("point entities", k, points);
        }
        for (long k = 0; k < curves; k++) {
            in.requireRecord("curve entities", k, curves);
            // tag minX minY minZ maxX maxY maxZ numPhysicalTags physicalTag... numBoundingPoints ...
            int physicalCount = in.intToken(7);
            if (physicalCount > 0) {
                curvePhysicalTag.put(in.intToken(0), Math.abs(in.intToken(8)));
            }
        }
        for (long k = 0; k < surfaces + volumes; k++) {
            in.requireRecord("surface and volume entities", k, surfaces + volumes);
        }
        in.expect("$EndEntities");
    }

    private static void readNodes(MshLines in, MshContent out) throws IOException {
        in.require("the $Nodes header");
        long blocks = in.longToken(0);
        long total = in.longToken(1);
        long read = 0;
        for (long b = 0; b < blocks; b++) {
            in.requireRecord("node blocks", b, blocks);
            // entityDim entityTag parametric numNodesInBlock; tags first, then coordinates
            int count = in.intToken(3);
            long[] tags = new long[count];
            for (int k = 0; k < count; k++) {
                in.requireRecord("node tags in this block", k, count);
                tags[k] = in.longToken(0);
            }
            for (int k = 0; k < count; k++) {
                in.requireRecord("node coordinates in this block", k, count);
                out.addNode(tags[k], in.doubleToken(0), in.doubleToken(1), in.doubleToken(2), in);
            }
            read += count;
        }
        if (read != total) {
            throw in.error("$Nodes announced " + total + " nodes but its blocks hold " + read);
        }
        in.expect("$EndNodes");
    }

    private void readElements(MshLines in, MshContent out) throws IOException {
        in.require("the $Elements header");
        long blocks = in.longToken(0);
        long total = in.longToken(1);
        long read = 0;
        for (long b = 0; b < blocks; b++) {
            in.requireRecord("element blocks", b, blocks);
            // entityDim entityTag elementType numElementsInBlock
            int dim = in.intToken(0);
            int entity = in.intToken(1);
            int type = in.intToken(2);
            int count = in.intToken(3);
            int physical = dim == 1 ? curvePhysicalTag.getOrDefault(entity, 0) : 0;
            for (int k = 0; k < count; k++) {
                in.requireRecord("elements in this block", k, count);
                out.addElement(type, in, 1, physical);
            }
            read += count;
        }
        if (read != total) {
            throw in.error("$Elements announced " + total + " elements but its blocks hold " + read);
        }
        in.expect("$EndElements");
    }
}
