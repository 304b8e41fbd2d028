package org.operatorlab.solvers.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.mesh.task.ProgressListener;

/** The generation machinery (sorting, chunking, warm starts, order of rows, cancellation) on a cheap 1D family. */
class DatasetGeneratorEngineTest {
    private static final int NODES = 24;
    private static final int SAMPLES = 24;

    @TempDir
    Path dir;

    private final TridiagonalDarcyFamily family = new TridiagonalDarcyFamily(NODES);

    private GenerationReport run(String file, SolverChoice solver, int threads, long seed) throws IOException {
        return DatasetGenerator.generate(family, new GenerationOptions(SAMPLES, seed, solver, threads, 1e-9),
                dir.resolve(file), ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void everyOutputSolvesTheSystemOfItsOwnInput() throws IOException {
        GenerationReport report = run("skr.npz", SolverChoice.SKR, 2, 5);
        assertEquals(0, report.unconverged());
        try (NpzReader r = NpzReader.open(dir.resolve("skr.npz"))) {
            double[] inputs = r.array("inputs").toDoubleArray();
            double[] outputs = r.array("outputs").toDoubleArray();
            long[] seeds = r.array("sample_seed").toLongArray();
            assertArrayEquals(new long[] {SAMPLES, NODES}, r.array("inputs").shape());
            assertArrayEquals(new long[] {SAMPLES, NODES}, r.array("outputs").shape());
            for (int i = 0; i < SAMPLES; i++) {
                double[] a = java.util.Arrays.copyOfRange(inputs, i * NODES, (i + 1) * NODES);
                assertArrayEquals(family.drawInput(SampleSeeds.of(5, i)), a, 0.0, "input row " + i);
                assertEquals(SampleSeeds.of(5, i), seeds[i]);
                double[] u = java.util.Arrays.copyOfRange(outputs, i * NODES + 1, (i + 1) * NODES - 1);
                double res = TridiagonalDarcyFamily.relativeResidual(TridiagonalDarcyFamily.matrix(a), u);
                assertTrue(res <= 1e-9, "sample " + i + " residual " + res);
                assertEquals(0.0, outputs[i * NODES]);
            }
            int[] positions = r.array("solve_position").toIntArray();
            Set<Integer> seen = new HashSet<>();
            for (int p : positions) seen.add(p);
            assertEquals(SAMPLES, seen.size(), "solve_position is a permutation");
        }
    }

    @Test
    void sortedWarmStartsSaveIterationsAndAgreeWithIndependentSolves() throws IOException {
        GenerationReport skr = run("skr.npz", SolverChoice.SKR, 1, 3);
        GenerationReport independent = run("gmres.npz", SolverChoice.GMRES, 1, 3);
        // Warm starts only shorten the initial error here (Gauss-Seidel has no recycling), so the saving is modest.
        assertTrue(skr.totalIterations() < 0.95 * independent.totalIterations(),
                skr.totalIterations() + " vs " + independent.totalIterations());
        try (NpzReader a = NpzReader.open(dir.resolve("skr.npz")); NpzReader b = NpzReader.open(dir.resolve("gmres.npz"))) {
            assertArrayEquals(b.array("inputs").toDoubleArray(), a.array("inputs").toDoubleArray(), 0.0);
            double[] ua = a.array("outputs").toDoubleArray();
            double[] ub = b.array("outputs").toDoubleArray();
            double maxU = java.util.Arrays.stream(ub).map(Math::abs).max().orElseThrow();
            for (int k = 0; k < ua.length; k++) {
                assertEquals(ub[k], ua[k], 1e-6 * maxU, "entry " + k);
            }
        }
    }

    @Test
    void sameSeedGivesTheSameDataWhateverTheThreadCount() throws IOException {
        run("one.npz", SolverChoice.GMRES, 1, 11);
        run("two.npz", SolverChoice.GMRES, 2, 11);
        run("other.npz", SolverChoice.GMRES, 2, 12);
        try (NpzReader a = NpzReader.open(dir.resolve("one.npz")); NpzReader b = NpzReader.open(dir.resolve("two.npz"));
             NpzReader c = NpzReader.open(dir.resolve("other.npz"))) {
            assertArrayEquals(a.array("inputs").toDoubleArray(), b.array("inputs").toDoubleArray(), 0.0);
            assertArrayEquals(a.array("outputs").toDoubleArray(), b.array("outputs").toDoubleArray(), 0.0);
            assertArrayEquals(a.array("iterations").toIntArray(), b.array("iterations").toIntArray());
            assertFalse(java.util.Arrays.equals(a.array("inputs").toDoubleArray(), c.array("inputs").toDoubleArray()));
        }
    }

    @Test
    void cancellingMidwayLeavesNoFileAtAll() throws IOException {
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelAfterFive = (done, total, message) -> {
            if (message.startsWith("solving") && done >= 5) cancel.cancel();
        };
        Path out = dir.resolve("cancelled.npz");
        assertThrows(CancelledException.class, () -> DatasetGenerator.generate(family,
                new GenerationOptions(SAMPLES, 1, SolverChoice.SKR, 2, 1e-9), out, cancelAfterFive, cancel));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no archive and no temporary files");
        }
    }

    @Test
    void aFailingSampleStopsTheRunWithItsOwnMessageAndNoFile() {
        SampleFamily broken = new TridiagonalDarcyFamily(NODES) {
            @Override
            public double[] drawInput(long seed) {
                if (seed == SampleSeeds.of(1, 17)) throw new IllegalStateException("sample 17 is broken");
                return super.drawInput(seed);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DatasetGenerator.generate(broken,
                new GenerationOptions(SAMPLES, 1, SolverChoice.CG, 2, 1e-9), dir.resolve("x.npz"),
                ProgressListener.NONE, CancellationToken.none()));
        assertEquals("sample 17 is broken", e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.npz")));
    }

    @Test
    void progressCountsEverySampleAndMetadataHoldsTheTotals() throws Exception {
        AtomicLong lastSolving = new AtomicLong();
        ProgressListener listener = (done, total, message) -> {
            assertEquals(SAMPLES, total);
            if (message.startsWith("solving ")) {
                assertTrue(message.contains("ETA"), message);
                lastSolving.accumulateAndGet(done, Math::max);
            }
        };
        GenerationReport report = DatasetGenerator.generate(family, new GenerationOptions(SAMPLES, 9, SolverChoice.SKR, 2, 1e-9),
                dir.resolve("m.npz"), listener, CancellationToken.none());
        assertEquals(SAMPLES, lastSolving.get());
        try (NpzReader r = NpzReader.open(dir.resolve("m.npz"))) {
            var meta = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.metadata().orElseThrow());
            assertEquals("skr", meta.get("solver").asText());
            assertEquals(9, meta.get("seed").asLong());
            assertEquals(SAMPLES, meta.get("samples").asInt());
            assertEquals("darcy", meta.get("problem").get("pde").get("family").asText());
            assertEquals(report.totalIterations(), meta.get("totals").get("iterations").asLong());
            long sum = 0;
            for (int it : r.array("iterations").toIntArray()) sum += it;
            assertEquals(report.totalIterations(), sum);
        }
    }

    @Test
    void numpyOpensTheDataSetWithTheDocumentedArraysAndShapes() throws Exception {
        run("np.npz", SolverChoice.SKR, 2, 2);
        String script = String.join("\n",
                "import json, sys, numpy as np",
                "d = np.load(sys.argv[1])",
                "m = json.loads(bytes(d['metadata']))",
                "n = m['samples']",
                "assert d['inputs'].shape == (n, %d) and d['outputs'].shape == (n, %d)" .formatted(NODES, NODES),
                "assert d['iterations'].shape == (n,) and d['iterations'].dtype == np.int32",
                "assert d['solve_seconds'].shape == (n,) and d['relative_residual'].max() <= 1e-9",
                "assert sorted(d['solve_position'].tolist()) == list(range(n))",
                "assert int(d['iterations'].sum()) == m['totals']['iterations']",
                "print(n, m['solver'], m['family'], sorted(d.files))");
        assertEquals(SAMPLES + " skr darcy1d-test ['inputs', 'iterations', 'metadata', 'outputs', 'relative_residual',"
                        + " 'sample_seed', 'solve_position', 'solve_seconds', 'x']",
                NpzNumpyInteropTest.runPython(script, dir.resolve("np.npz").toString()));
    }

    @Test
    void greedyOrderingShortensThePathThroughTheSamples() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(4);
        double[][] points = new double[60][];
        for (int i = 0; i < points.length; i++) points[i] = new double[] {rnd.nextDouble(), rnd.nextDouble()};
        int[] order = GreedyOrdering.order(points);
        int[] identity = java.util.stream.IntStream.range(0, points.length).toArray();
        assertEquals(0, order[0]);
        assertEquals(points.length, java.util.Arrays.stream(order).distinct().count());
        assertTrue(GreedyOrdering.pathLength(points, order) < 0.4 * GreedyOrdering.pathLength(points, identity));
        // On a line the greedy walk from an end visits points in sorted order.
        double[][] line = {{0}, {5}, {1}, {4}, {2}, {3}};
        assertArrayEquals(new int[] {0, 2, 4, 5, 3, 1}, GreedyOrdering.order(line));
    }
}
