package org.operatorlab.operators.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.operatorlab.operators.tensor.Gemm;
import org.operatorlab.operators.tensor.SpectralConv;

/**
 * GEMM throughput for the shapes the neural engines use, as a table of median GFLOP/s: the Vector API
 * kernel and the plain loops on 1 and all threads, EJML (single-threaded), and NumPy/OpenBLAS run in
 * the same session through {@code bench/gemm_numpy.py}.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp <operators + deps> org.operatorlab.operators.bench.GemmBenchmark [reps]};
 * the NumPy column needs {@code python3} with numpy on the PATH and the repository root as working
 * directory (or {@code -Doperatorlab.root}).
 */
public final class GemmBenchmark {
    private record Case(String kind, int[] dims, String label) {
        String key() {
            return kind + ":" + String.join(":", Arrays.stream(dims).mapToObj(Integer::toString).toList());
        }

        double flops() {
            return kind.equals("cmodes") ? 8.0 * dims[0] * dims[1] * dims[2] * dims[3] : 2.0 * dims[0] * dims[1] * dims[2];
        }
    }

    private GemmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int cores = Runtime.getRuntime().availableProcessors();
        List<Case> cases = List.of(
                new Case("nn", new int[] {32, 4096 * 20, 32}, "pointwise layer fwd  [32x32]x[32x81920]"),
                new Case("nt", new int[] {32, 32, 4096 * 20}, "pointwise layer dW   [32x81920]x[32x81920]^T"),
                new Case("nn", new int[] {64, 4096 * 20, 32}, "lifting/proj         [64x32]x[32x81920]"),
                new Case("nn", new int[] {2000, 64, 64}, "PINN hidden layer    [2000x64]x[64x64]"),
                new Case("nn", new int[] {512, 512, 512}, "square               [512x512]x[512x512]"),
                new Case("cmodes", new int[] {2 * 12 * 12, 20, 32, 32}, "spectral modes 288 x [20x32]x[32x32] complex f64"));
        Map<String, Double> numpy = numpyMedians(reps, cases);
        System.out.printf("GEMM, median of %d runs, GFLOP/s (%d cores; Vector API %s)%n", reps, cores,
                Gemm.vectorAvailable() ? "on" : "off: add --add-modules jdk.incubator.vector");
        String[] columns = {"vector 1t", "vector " + cores + "t", "plain 1t", "plain " + cores + "t", "EJML 1t", "NumPy"};
        System.out.printf("%-48s", "shape");
        for (String c : columns) {
            System.out.printf(" %10s", c);
        }
        System.out.println();
        for (Case c : cases) {
            System.out.printf("%-48s", c.label());
            double[] rates = new double[columns.length];
            Arrays.fill(rates, Double.NaN);
            if (c.kind().equals("cmodes")) {
                rates[2] = c.flops() / 1e9 / median(reps, complexModes(c.dims(), 1));
                rates[3] = c.flops() / 1e9 / median(reps, complexModes(c.dims(), cores));
            } else {
                if (Gemm.vectorAvailable()) {
                    rates[0] = rate(c, reps, new Gemm(Gemm.Kernel.VECTOR, 1));
                    rates[1] = rate(c, reps, new Gemm(Gemm.Kernel.VECTOR, cores));
                }
                rates[2] = rate(c, reps, new Gemm(Gemm.Kernel.PLAIN, 1));
                rates[3] = rate(c, reps, new Gemm(Gemm.Kernel.PLAIN, cores));
                rates[4] = c.flops() / 1e9 / median(reps, ejml(c));
            }
            Double np = numpy.get(c.key());
            rates[5] = np == null ? Double.NaN : c.flops() / 1e9 / np;
            for (double r : rates) {
                System.out.printf(" %10s", Double.isNaN(r) ? "-" : String.format("%.1f", r));
            }
            System.out.println();
        }
    }

    private static double rate(Case c, int reps, Gemm gemm) {
        int m = c.dims()[0], n = c.dims()[1], k = c.dims()[2];
        float[] a = random(m * k, 1), b = random(c.kind().equals("nn") ? k * n : n * k, 2), out = new float[m * n];
        Runnable run = c.kind().equals("nn")
                ? () -> gemm.nn(m, n, k, a, 0, b, 0, out, 0)
                : () -> gemm.nt(m, n, k, a, 0, b, 0, out, 0);
        return c.flops() / 1e9 / median(reps, run);
    }

    private static Runnable ejml(Case c) {
        int m = c.dims()[0], n = c.dims()[1], k = c.dims()[2];
        FMatrixRMaj a = FMatrixRMaj.wrap(m, k, random(m * k, 1));
        FMatrixRMaj out = new FMatrixRMaj(m, n);
        if (c.kind().equals("nn")) {
            FMatrixRMaj b = FMatrixRMaj.wrap(k, n, random(k * n, 2));
            return () -> CommonOps_FDRM.mult(a, b, out);
        }
        FMatrixRMaj b = FMatrixRMaj.wrap(n, k, random(n * k, 2));
        return () -> CommonOps_FDRM.multTransB(a, b, out);
    }

    private static Runnable complexModes(int[] d, int threads) {
        int modes = d[0], batch = d[1], cin = d[2], cout = d[3];
        SplittableRandom rng = new SplittableRandom(3);
        double[] xr = rng.doubles(modes * batch * cin).toArray(), xi = rng.doubles(modes * batch * cin).toArray();
        double[] wr = rng.doubles(modes * cin * cout).toArray(), wi = rng.doubles(modes * cin * cout).toArray();
        double[] zr = new double[modes * batch * cout], zi = new double[modes * batch * cout];
        return () -> {
            Arrays.fill(zr, 0);
            Arrays.fill(zi, 0);
            SpectralConv.mixModes(threads, modes, batch, cin, cout, xr, xi, wr, wi, zr, zi);
        };
    }

    private static float[] random(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) rng.nextDouble(-1, 1);
        }
        return a;
    }

    /** Median seconds of {@code reps} runs after three warm-up runs (JIT). */
    private static double median(int reps, Runnable run) {
        for (int i = 0; i < 3; i++) {
            run.run();
        }
        double[] t = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            run.run();
            t[i] = (System.nanoTime() - t0) * 1e-9;
        }
        Arrays.sort(t);
        return t[reps / 2];
    }

    private static Map<String, Double> numpyMedians(int reps, List<Case> cases) {
        Map<String, Double> out = new HashMap<>();
        Path script = Path.of(System.getProperty("operatorlab.root", "."), "bench", "gemm_numpy.py");
        if (!Files.isRegularFile(script)) {
            System.out.println("NumPy peer skipped: " + script + " not found");
            return out;
        }
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), Integer.toString(reps)));
        cases.forEach(c -> cmd.add(c.key()));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] parts = line.trim().split(" ");
                    if (parts.length == 2 && parts[1].matches("[0-9.eE+-]+")) {
                        out.put(parts[0], Double.parseDouble(parts[1]));
                    } else {
                        System.out.println("numpy: " + line);
                    }
                }
            }
            p.waitFor();
        } catch (IOException e) {
            System.out.println("NumPy peer skipped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}
