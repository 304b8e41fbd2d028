package org.operatorlab.solvers.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;

/** The per-sample listener hears every sample once, with the iterations and positions the file records. */
class SampleListenerTest {
    private static final int SAMPLES = 16;

    @TempDir
    Path dir;

    @Test
    void reportsEverySampleWithTheIterationsAndPositionWrittenToTheFile() throws IOException {
        int[] iterations = new int[SAMPLES];
        int[] positions = new int[SAMPLES];
        int[] workers = new int[SAMPLES];
        AtomicInteger calls = new AtomicInteger();
        Path out = dir.resolve("skr.npz");
        DatasetGenerator.generate(new TridiagonalDarcyFamily(24), new GenerationOptions(SAMPLES, 3, SolverChoice.SKR, 2, 1e-9),
                out, ProgressListener.NONE, (sample, position, worker, solve, seconds) -> {
                    synchronized (iterations) {
                        iterations[sample] = solve.iterations();
                        positions[sample] = position;
                        workers[sample] = worker;
                    }
                    assertTrue(seconds >= 0);
                    calls.incrementAndGet();
                }, CancellationToken.none());
        assertEquals(SAMPLES, calls.get());
        try (NpzReader r = NpzReader.open(out)) {
            assertArrayEquals(r.array("iterations").toIntArray(), iterations);
            assertArrayEquals(r.array("solve_position").toIntArray(), positions);
        }
        assertTrue(java.util.Arrays.stream(iterations).sum() > 0, "an iterative solver iterates");
        // two workers, each with one contiguous half of the solve sequence
        for (int i = 0; i < SAMPLES; i++) {
            assertEquals(positions[i] < SAMPLES / 2 ? 0 : 1, workers[i], "worker of the sample solved at " + positions[i]);
        }
    }
}
