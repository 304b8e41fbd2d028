package org.operatorlab.solvers.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;

/**
 * Generates a training data set: draws N random inputs, solves each sample, and writes an {@code .npz}
 * with the arrays below, all in the original sample order whatever order they were solved in.
 *
 * <ul>
 *   <li>{@code inputs} (N, input shape), {@code outputs} (N, output shape), float64;</li>
 *   <li>coordinates from the family ({@code x}, {@code y} on grids; {@code coordinates}, {@code triangles} on meshes);</li>
 *   <li>{@code iterations} int32, {@code solve_seconds} and {@code relative_residual} float64,
 *       {@code sample_seed} int64, {@code solve_position} int32 (where the sample came in the solve sequence), each (N,);</li>
 *   <li>{@code metadata}: JSON with the problem, seed, solver and totals (read in Python with
 *       {@code json.loads(bytes(d["metadata"]))}).</li>
 * </ul>
 *
 * <p>With {@link SolverChoice#SKR} the inputs are drawn first, sorted by {@link GreedyOrdering} on the
 * family's ordering features, split into one contiguous chunk per thread, and each thread solves its
 * chunk in order with its own solver (its own recycle space), starting every sample from the previous
 * solution. Other solvers solve every sample from zero, samples shared out over the threads.
 * Inputs are drawn again when solved (drawing is cheap next to solving), so memory holds one row per
 * thread plus the ordering features, never N systems.
 */
public final class DatasetGenerator {
    /** Blocks per side of the features used to sort grid inputs. */
    public static final int FEATURE_SIDE = 32;

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetGenerator() { }

    /**
     * Generates a data set for a problem file with random inputs ({@link ProblemSampling} says which
     * families and domains), recording the final state of time-dependent families.
     *
     * @throws IllegalArgumentException naming the problem when it cannot be sampled
     * @throws CancelledException when {@code cancel} is set; no file is written
     */
    public static GenerationReport generate(Problem problem, GenerationOptions options, Path out,
                                            ProgressListener progress, CancellationToken cancel) throws IOException {
        return generate(ProblemSampling.family(problem, 1), options, out, progress, cancel);
    }

    /** As {@link #generate(Problem, GenerationOptions, Path, ProgressListener, CancellationToken)}, recording
     *  {@code snapshots} equally spaced states of a time-dependent family (output shape (N, snapshots, ...)). */
    public static GenerationReport generate(Problem problem, GenerationOptions options, int snapshots, Path out,
                                            ProgressListener progress, CancellationToken cancel) throws IOException {
        return generate(ProblemSampling.family(problem, snapshots), options, out, progress, cancel);
    }

    /**
     * Generates the data set into {@code out} (written atomically: a failed or cancelled run leaves no file).
     *
     * @throws CancelledException when {@code cancel} is set; no file is written
     */
    public static GenerationReport generate(SampleFamily family, GenerationOptions options, Path out,
                                            ProgressListener progress, CancellationToken cancel) throws IOException {
        return generate(family, options, out, progress, SampleListener.NONE, cancel);
    }

    /**
     * As {@link #generate(Problem, GenerationOptions, Path, ProgressListener, CancellationToken)}, telling
     * {@code samples} about every sample as it is solved (the GUI plots iterations per sample from it).
     */
    public static GenerationReport generate(Problem problem, GenerationOptions options, Path out, ProgressListener progress,
                                            SampleListener samples, CancellationToken cancel) throws IOException {
        return generate(ProblemSampling.family(problem, 1), options, out, progress, samples, cancel);
    }

    /** As {@link #generate(SampleFamily, GenerationOptions, Path, ProgressListener, CancellationToken)}, telling
     *  {@code samples} about every sample as it is solved. */
    public static GenerationReport generate(SampleFamily family, GenerationOptions options, Path out, ProgressListener progress,
                                            SampleListener samples, CancellationToken cancel) throws IOException {
        long start = System.nanoTime();
        int n = options.samples();
        boolean skr = options.solver().sortsAndRecycles() && family.sortable();
        try (NpzWriter npz = NpzWriter.create(out)) {
            NpyArrayWriter inputs = npz.array("inputs", NpyDType.FLOAT64, rowsOf(n, family.inputShape()));
            Columns cols = new Columns(npz, n, family.outputShape());
            long[] seeds = new long[n];
            for (int i = 0; i < n; i++) {
                seeds[i] = SampleSeeds.of(options.seed(), i);
            }
            int[] order = identity(n);
            if (skr) {
                double[][] features = new double[n][];
                ProgressTracker drawing = new ProgressTracker(progress, n, "drawing inputs");
                runChunks(options.threads(), split(order, options.threads()), cancel, i -> {
                    double[] input = family.drawInput(seeds[i]);
                    inputs.writeRow(i, input);
                    features[i] = family.orderingFeatures(input);
                    drawing.oneDone();
                });
                order = GreedyOrdering.order(features);
            }
            Totals totals = solveAll(family, options, skr, order, seeds, skr ? null : inputs, cols, progress, samples, cancel);
            family.writeCoordinates(npz);
            npz.put("sample_seed", seeds, n);
            double wall = (System.nanoTime() - start) * 1e-9;
            GenerationReport report = new GenerationReport(out, family.name(), options.solver(), n,
                    options.threads(), totals.iterations.get(), totals.unconverged.get(),
                    Double.longBitsToDouble(totals.maxResidualBits.get()), wall, totals.solveNanos.get() * 1e-9);
            npz.putMetadata(metadata(family, options, skr, report));
            cancel.throwIfCancelled();
            npz.finish();
            progress.progress(n, n, "wrote " + out);
            // The returned wall time includes assembling the archive; the metadata's could not.
            return new GenerationReport(out, report.family(), report.solver(), n, report.threads(),
                    report.totalIterations(), report.unconverged(), report.maxRelativeResidual(),
                    (System.nanoTime() - start) * 1e-9, report.solveSeconds());
        }
    }

    /** The per-sample arrays filled while solving. */
    private record Columns(NpyArrayWriter outputs, NpyArrayWriter iterations, NpyArrayWriter seconds,
                           NpyArrayWriter residuals, NpyArrayWriter positions) {
        Columns(NpzWriter npz, int n, long[] outputShape) throws IOException {
            this(npz.array("outputs", NpyDType.FLOAT64, rowsOf(n, outputShape)),
                    npz.array("iterations", NpyDType.INT32, n),
                    npz.array("solve_seconds", NpyDType.FLOAT64, n),
                    npz.array("relative_residual", NpyDType.FLOAT64, n),
                    npz.array("solve_position", NpyDType.INT32, n));
        }
    }

    private static final class Totals {
        final AtomicLong iterations = new AtomicLong();
        final AtomicInteger unconverged = new AtomicInteger();
        final AtomicLong solveNanos = new AtomicLong();
        final AtomicLong maxResidualBits = new AtomicLong(Double.doubleToLongBits(0.0));

        void add(SampleSolve s, long nanos) {
            iterations.addAndGet(s.iterations());
            solveNanos.addAndGet(nanos);
            if (!s.converged()) {
                unconverged.incrementAndGet();
            }
            maxResidualBits.accumulateAndGet(Double.doubleToLongBits(s.relativeResidual()),
                    (a, b) -> Double.longBitsToDouble(a) >= Double.longBitsToDouble(b) ? a : b);
        }
    }

    private static Totals solveAll(SampleFamily family, GenerationOptions options, boolean warmStart, int[] order,
                                   long[] seeds, NpyArrayWriter inputsToWrite, Columns cols,
                                   ProgressListener progress, SampleListener samples, CancellationToken cancel) {
        Totals totals = new Totals();
        int[] position = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            position[order[k]] = k;
        }
        ProgressTracker solving = new ProgressTracker(progress, order.length, "solving");
        int[][] chunks = split(order, options.threads());
        // One solver and one state per chunk: the chunk's recycle space and warm start stay on its thread.
        List<ChunkWorker> workers = new ArrayList<>();
        for (int[] chunk : chunks) {
            workers.add(new ChunkWorker(family.newSolver(options.solver(), options.tolerance()), family.outputShape()));
        }
        runChunks(options.threads(), chunks, cancel, (chunkIndex, i) -> {
            ChunkWorker w = workers.get(chunkIndex);
            double[] input = family.drawInput(seeds[i]);
            if (inputsToWrite != null) {
                inputsToWrite.writeRow(i, input);
            }
            if (!warmStart) {
                Arrays.fill(w.state, 0.0);
            }
            long t0 = System.nanoTime();
            SampleSolve s = w.solver.solve(input, w.state);
            long nanos = System.nanoTime() - t0;
            w.solver.toOutput(w.state, w.row);
            cols.outputs().writeRow(i, w.row);
            cols.iterations().writeRow(i, new int[] {s.iterations()});
            cols.seconds().writeRow(i, new double[] {nanos * 1e-9});
            cols.residuals().writeRow(i, new double[] {s.relativeResidual()});
            cols.positions().writeRow(i, new int[] {position[i]});
            totals.add(s, nanos);
            samples.sampleSolved(i, position[i], chunkIndex, s, nanos * 1e-9);
            solving.oneDone();
        });
        return totals;
    }

    private static final class ChunkWorker {
        final SampleSolver solver;
        final double[] state;
        final double[] row;

        ChunkWorker(SampleSolver solver, long[] outputShape) {
            this.solver = solver;
            this.state = new double[solver.stateLength()];
            long len = 1;
            for (long s : outputShape) len *= s;
            this.row = new double[Math.toIntExact(len)];
        }
    }

    @FunctionalInterface
    private interface ChunkTask {
        void run(int chunkIndex, int sample);
    }

    private static void runChunks(int threads, int[][] chunks, CancellationToken cancel, IntConsumer task) {
        runChunks(threads, chunks, cancel, (c, i) -> task.accept(i));
    }

    /** Runs every chunk's samples in order, one chunk per thread; the first failure stops the others. */
    private static void runChunks(int threads, int[][] chunks, CancellationToken cancel, ChunkTask task) {
        AtomicBoolean failed = new AtomicBoolean();
        if (chunks.length == 1) {
            runChunk(0, chunks[0], cancel, failed, task);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks.length), r -> {
            Thread t = new Thread(r, "dataset-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < chunks.length; c++) {
                int chunkIndex = c;
                futures.add(pool.submit(() -> {
                    try {
                        runChunk(chunkIndex, chunks[chunkIndex], cancel, failed, task);
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            RuntimeException first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    RuntimeException re = cause instanceof RuntimeException r ? r : new RuntimeException(cause);
                    // Prefer the real failure over the "stopped because another failed" of the others.
                    if (first == null || first instanceof StoppedException) {
                        first = re;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.set(true);
                    throw new CancelledException();
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
            awaitWorkers(pool);
        }
    }

    /**
     * Waits until every worker has finished its current sample (they stop at the next one once cancelled or
     * after a failure), so no thread still writes rows when {@code generate} returns or throws; keeps the
     * caller's interrupt.
     */
    private static void awaitWorkers(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runChunk(int chunkIndex, int[] samples, CancellationToken cancel, AtomicBoolean failed, ChunkTask task) {
        for (int i : samples) {
            cancel.throwIfCancelled();
            if (failed.get()) {
                throw new StoppedException();
            }
            task.run(chunkIndex, i);
        }
    }

    /** A worker stopped because another one failed; never the error that is reported. */
    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super("stopped after another worker failed", null, false, false);
        }
    }

    /** Contiguous, nearly equal pieces of {@code order}, at most {@code parts} of them. */
    static int[][] split(int[] order, int parts) {
        int p = Math.max(1, Math.min(parts, order.length));
        int[][] out = new int[p][];
        for (int c = 0; c < p; c++) {
            int from = (int) ((long) order.length * c / p);
            int to = (int) ((long) order.length * (c + 1) / p);
            out[c] = Arrays.copyOfRange(order, from, to);
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }

    private static long[] rowsOf(int n, long[] rowShape) {
        long[] shape = new long[rowShape.length + 1];
        shape[0] = n;
        System.arraycopy(rowShape, 0, shape, 1, rowShape.length);
        return shape;
    }

    private static String metadata(SampleFamily family, GenerationOptions options, boolean sorted,
                                   GenerationReport report) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "operatorlab-dataset/1");
        root.put("family", family.name());
        root.set("problem", JSON.readTree(family.problemJson()));
        root.put("seed", options.seed());
        root.put("solver", options.solver().id());
        root.put("sorted", sorted);
        root.put("samples", report.samples());
        root.put("threads", report.threads());
        root.put("tolerance", options.tolerance());
        root.put("sample_seed_rule", "SplitMix64(seed + 0x9E3779B97F4A7C15 * (i + 1))");
        ObjectNode totals = root.putObject("totals");
        totals.put("iterations", report.totalIterations());
        totals.put("unconverged", report.unconverged());
        totals.put("max_relative_residual", report.maxRelativeResidual());
        totals.put("solve_seconds", report.solveSeconds());
        totals.put("wall_seconds_before_writing", report.wallSeconds());
        totals.put("samples_per_second", report.samplesPerSecond());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
