package org.operatorlab.solvers.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks our archives against NumPy itself, in both directions. Needs {@code python3} with NumPy on the
 * PATH (or the interpreter named by {@code OPERATORLAB_PYTHON}); without it the test fails, on purpose.
 */
class NpzNumpyInteropTest {
    @TempDir
    Path dir;

    static String python() {
        String p = System.getenv("OPERATORLAB_PYTHON");
        return p == null || p.isBlank() ? "python3" : p;
    }

    static String runPython(String script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(python(), "-c", script));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python did not finish in 60 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), "python failed:\n" + out);
        return out;
    }

    @Test
    void numpyReadsWhatWeWrite() throws Exception {
        Path file = dir.resolve("ours.npz");
        try (NpzWriter w = NpzWriter.create(file, NpzWriter.Compression.DEFLATED)) {
            NpyArrayWriter a = w.array("inputs", NpyDType.FLOAT64, 3, 2, 4);
            for (int r = 2; r >= 0; r--) {
                double[] row = new double[8];
                for (int k = 0; k < 8; k++) row[k] = r * 100 + k + 0.25;
                a.writeRow(r, row);
            }
            w.putFloat32("f", new double[] {1.5, -2.25}, 2);
            w.put("iterations", new int[] {7, -8, 9}, 3);
            w.put("seeds", new long[] {1L << 40, 2}, 2);
            w.putMetadata("{\"solver\": \"skr\", \"samples\": 3}");
            w.finish();
        }
        String script = String.join("\n",
                "import json, sys, numpy as np",
                "d = np.load(sys.argv[1])",
                "x = d['inputs']",
                "assert x.shape == (3, 2, 4) and x.dtype == np.float64, (x.shape, x.dtype)",
                "exp = np.array([[[r*100 + j*4 + i + 0.25 for i in range(4)] for j in range(2)] for r in range(3)])",
                "assert np.array_equal(x, exp)",
                "assert d['f'].dtype == np.float32 and d['f'].tolist() == [1.5, -2.25]",
                "assert d['iterations'].dtype == np.int32 and d['iterations'].tolist() == [7, -8, 9]",
                "assert d['seeds'].dtype == np.int64 and d['seeds'].tolist() == [2**40, 2]",
                "m = json.loads(bytes(d['metadata']))",
                "print(sorted(d.files), m['solver'], m['samples'])");
        assertEquals("['f', 'inputs', 'iterations', 'metadata', 'seeds'] skr 3",
                runPython(script, file.toString()));
    }

    @Test
    void weReadWhatNumpyWrites() throws Exception {
        for (String save : List.of("savez", "savez_compressed")) {
            Path file = dir.resolve(save + ".npz");
            String script = String.join("\n",
                    "import sys, numpy as np",
                    "a = np.arange(24, dtype=np.float64).reshape(2, 3, 4) / 8",
                    "b = np.array([1, -2, 3], dtype=np.int32)",
                    "c = np.array([2**40, -5], dtype=np.int64)",
                    "f = np.array([[0.5, 1.25]], dtype=np.float32)",
                    "s = np.float64(2.5)",
                    "meta = np.frombuffer(b'{\"k\": 1}', dtype=np.uint8)",
                    "np." + save + "(sys.argv[1], a=a, b=b, c=c, f=f, s=s, metadata=meta)");
            runPython(script, file.toString());
            try (NpzReader r = NpzReader.open(file)) {
                NpyArray a = r.array("a");
                assertArrayEquals(new long[] {2, 3, 4}, a.shape());
                double[] expected = new double[24];
                for (int k = 0; k < 24; k++) expected[k] = k / 8.0;
                assertArrayEquals(expected, a.toDoubleArray(), 0.0);
                assertArrayEquals(new int[] {1, -2, 3}, r.array("b").toIntArray());
                assertArrayEquals(new long[] {1L << 40, -5}, r.array("c").toLongArray());
                assertArrayEquals(new float[] {0.5f, 1.25f}, r.array("f").toFloatArray());
                assertArrayEquals(new long[] {1, 2}, r.array("f").shape());
                assertArrayEquals(new long[0], r.array("s").shape());
                assertEquals(2.5, r.array("s").toDoubleArray()[0]);
                assertEquals("{\"k\": 1}", r.metadata().orElseThrow());
            }
        }
    }
}
