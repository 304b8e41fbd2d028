package org.operatorlab.solvers.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyTypeAndShapeSurvivesARoundTripStoredAndDeflated() throws IOException {
        for (NpzWriter.Compression c : NpzWriter.Compression.values()) {
            Path file = dir.resolve("all-" + c + ".npz");
            Random rnd = new Random(7);
            double[] d3 = rnd.doubles(2 * 3 * 4).toArray();
            double[] f2 = rnd.doubles(5 * 2).map(v -> v * 1e3).toArray();
            int[] i1 = rnd.ints(6).toArray();
            long[] l2 = rnd.longs(3 * 2).toArray();
            try (NpzWriter w = NpzWriter.create(file, c)) {
                w.put("d3", d3, 2, 3, 4);
                w.putFloat32("f2", f2, 5, 2);
                w.put("i1", i1, 6);
                w.put("l2", l2, 3, 2);
                w.put("scalar", new double[] {Math.PI});
                w.putMetadata("{\"solver\": \"skr\", \"note\": \"d\u00e9j\u00e0 vu\"}");
                w.finish();
            }
            try (NpzReader r = NpzReader.open(file)) {
                assertEquals(List.of("d3", "f2", "i1", "l2", "scalar", "metadata"), r.names());
                assertArrayEquals(new long[] {2, 3, 4}, r.array("d3").shape());
                assertArrayEquals(d3, r.array("d3").toDoubleArray(), 0.0);
                NpyArray f = r.array("f2");
                assertEquals(NpyDType.FLOAT32, f.dtype());
                for (int k = 0; k < f2.length; k++) {
                    assertEquals((float) f2[k], f.toFloatArray()[k], 0.0f);
                }
                assertArrayEquals(i1, r.array("i1").toIntArray());
                assertArrayEquals(l2, r.array("l2").toLongArray());
                assertArrayEquals(new long[0], r.array("scalar").shape());
                assertEquals(Math.PI, r.array("scalar").toDoubleArray()[0], 0.0);
                assertEquals("{\"solver\": \"skr\", \"note\": \"d\u00e9j\u00e0 vu\"}", r.metadata().orElseThrow());
            }
        }
    }

    @Test
    void rowsWrittenOutOfOrderFromTwoThreadsLandInTheirPlace() throws Exception {
        Path file = dir.resolve("rows.npz");
        int n = 50;
        int len = 17;
        try (NpzWriter w = NpzWriter.create(file)) {
            NpyArrayWriter a = w.array("x", NpyDType.FLOAT64, n, len);
            NpyArrayWriter it = w.array("iterations", NpyDType.INT32, n);
            Thread odd = new Thread(() -> { for (int r = n - 1; r >= 0; r -= 2) writeRow(a, it, r, len); });
            odd.start();
            for (int r = n - 2; r >= 0; r -= 2) writeRow(a, it, r, len);
            odd.join();
            w.finish();
        }
        try (NpzReader r = NpzReader.open(file)) {
            double[] x = r.array("x").toDoubleArray();
            int[] its = r.array("iterations").toIntArray();
            for (int row = 0; row < n; row++) {
                assertEquals(row * 10, its[row]);
                for (int k = 0; k < len; k++) {
                    assertEquals(row + k / 100.0, x[row * len + k], 0.0);
                }
            }
        }
    }

    private static void writeRow(NpyArrayWriter a, NpyArrayWriter it, int r, int len) {
        double[] v = new double[len];
        for (int k = 0; k < len; k++) v[k] = r + k / 100.0;
        a.writeRow(r, v);
        it.writeRow(r, new int[] {r * 10});
    }

    @Test
    void closingWithoutFinishLeavesNoFileAndNoTemporaries() throws IOException {
        Path file = dir.resolve("abandoned.npz");
        try (NpzWriter w = NpzWriter.create(file)) {
            w.array("x", NpyDType.FLOAT64, 3, 2).writeRow(0, new double[] {1, 2});
        }
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void finishingWithAMissingRowFailsNamingItAndWritesNothing() throws IOException {
        Path file = dir.resolve("partial.npz");
        try (NpzWriter w = NpzWriter.create(file)) {
            NpyArrayWriter a = w.array("outputs", NpyDType.FLOAT64, 3, 2);
            a.writeRow(0, new double[] {1, 2});
            a.writeRow(2, new double[] {5, 6});
            IllegalStateException e = assertThrows(IllegalStateException.class, w::finish);
            assertTrue(e.getMessage().contains("'outputs'") && e.getMessage().contains("row 1"), e.getMessage());
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void badRowsAndNamesAreRefusedWithClearMessages() throws IOException {
        try (NpzWriter w = NpzWriter.create(dir.resolve("bad.npz"))) {
            NpyArrayWriter a = w.array("a", NpyDType.INT32, 2, 3);
            assertThrows(IllegalArgumentException.class, () -> a.writeRow(0, new int[] {1, 2}));
            assertThrows(IndexOutOfBoundsException.class, () -> a.writeRow(2, new int[] {1, 2, 3}));
            assertThrows(IllegalArgumentException.class, () -> a.writeRow(0, new double[] {1.5, 2, 3}));
            assertThrows(IllegalArgumentException.class, () -> a.writeRow(0, new long[] {1L << 40, 2, 3}));
            assertThrows(IllegalArgumentException.class, () -> w.array("a", NpyDType.INT32, 1));
            assertThrows(IllegalArgumentException.class, () -> w.array("no/slash", NpyDType.INT32, 1));
        }
    }

    @Test
    void headerIsAlignedAndReadsBack() throws IOException {
        NpyHeader h = new NpyHeader(NpyDType.FLOAT32, new long[] {200, 127, 127});
        byte[] bytes = h.encode();
        assertEquals(0, bytes.length % 64);
        assertEquals('\n', bytes[bytes.length - 1]);
        assertEquals(h, NpyHeader.read(new java.io.ByteArrayInputStream(bytes), "test"));
        String text = new String(bytes, 10, bytes.length - 10, java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (200, 127, 127), }"), text);
        assertTrue(new String(new NpyHeader(NpyDType.INT64, new long[] {5}).encode(), java.nio.charset.StandardCharsets.US_ASCII)
                .contains("'shape': (5,)"));
    }
}
