package org.operatorlab.operators.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.operatorlab.operators.fno.FnoConfig;
import org.operatorlab.operators.fno.FnoThroughput;
import org.operatorlab.operators.tensor.Gemm;

/**
 * The Java side of the FNO speed table of {@code bench/neural.sh}, printed as one JSON line in the
 * format of its PyTorch peer {@code bench/torch_fno.py}: training samples/s of the paper's 2D FNO per
 * repeat of {@code steps} steps (wall clock, and per second of process CPU time, which load from other
 * programs inflates less), their medians, the median latency of one 64 x 64 inference, and the peak
 * heap in use, after a warm-up of at least 5 steps and 10 s (the JIT). The thread count is the JVM's
 * processor count (set it with -XX:ActiveProcessorCount).
 *
 * <p>Usage: {@code NeuralSpeed [--n 64] [--batch 20] [--steps 10] [--repeats 5]}.
 */
public final class NeuralSpeed {
    private NeuralSpeed() {
    }

    public static void main(String[] args) {
        int n = 64, batch = 20, steps = 10, repeats = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            int v = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--n" -> n = v;
                case "--batch" -> batch = v;
                case "--steps" -> steps = v;
                case "--repeats" -> repeats = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --n, --batch, --steps, --repeats)");
            }
        }
        FnoThroughput run = new FnoThroughput(FnoConfig.paper(), n, batch);
        // warm-up: HotSpot compiles the SIMD kernels with C2 only after seconds of use
        long warm = System.nanoTime();
        for (int i = 0; i < 5 || System.nanoTime() - warm < 10_000_000_000L; i++) {
            run.step();
        }
        double[] wall = new double[repeats], cpu = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime(), c0 = processCpuNanos();
            for (int i = 0; i < steps; i++) {
                run.step();
            }
            wall[r] = (double) batch * steps / ((System.nanoTime() - t0) * 1e-9);
            cpu[r] = (double) batch * steps / ((processCpuNanos() - c0) * 1e-9);
        }
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            run.predictOne();
        }
        for (int i = 0; i < Math.max(10, 4 * repeats); i++) {
            long t0 = System.nanoTime();
            run.predictOne();
            latencies.add((System.nanoTime() - t0) * 1e-6);
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"engine\": \"java\", \"java\": \"%s\", \"vector_api\": %b, \"threads\": %d, \"n\": %d, \"batch\": %d, "
                        + "\"steps\": %d, \"parameters\": %d, \"samples_per_s\": %s, \"median_samples_per_s\": %.3f, "
                        + "\"cpu_samples_per_s\": %s, \"median_cpu_samples_per_s\": %.3f, \"inference_ms_median\": %.3f, "
                        + "\"peak_heap_mb\": %.1f}",
                System.getProperty("java.version"), Gemm.vectorAvailable(), Gemm.defaults().threads(), n, batch, steps,
                run.model().parameterCount(), list(wall), median(wall), list(cpu), median(cpu),
                median(latencies.stream().mapToDouble(Double::doubleValue).toArray()), peakHeapMb()));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static String list(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.3f", v[i]));
        }
        return b.append(']').toString();
    }

    /** Sum over heap pools of their peak use (the JVM's view; the script also records the process's max RSS). */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
