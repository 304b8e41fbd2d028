package org.operatorlab.solvers.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.operatorlab.mesh.io.AtomicFiles;
import org.operatorlab.solvers.bench.SequenceRun.Row;
import org.operatorlab.solvers.data.GreedyOrdering;
import org.operatorlab.solvers.data.NpzWriter;
import org.operatorlab.solvers.krylov.CoarseDeflatedCg;
import org.operatorlab.solvers.krylov.ConjugateGradient;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.krylov.GcroDr;
import org.operatorlab.solvers.krylov.Gmres;
import org.operatorlab.solvers.krylov.RecycledCg;
import org.operatorlab.solvers.krylov.SolverOptions;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * End-to-end benchmark of Sorting Krylov Recycling on the FNO-paper Darcy sequence (see bench/recycling.sh).
 * Table 1 (5-point FD): direct, independent CG and GMRES(30) with preconditioner P, GCRO-DR(30,10) and
 * recycled CG in generation order from x0 = 0 (recycling alone), SKR with GCRO-DR and with recycled CG
 * (greedy nearest-neighbour order of the coefficient fields, recycle space carried, previous solution as
 * initial guess), and CG with the fast-Poisson preconditioner as a reference. Table 2 (optional): the same
 * fields on a P1 mesh, without the fast-Poisson row and SKR with GCRO-DR. Two two-level rows (not SKR): CG with a
 * coarse aggregate space, and sorted recycled CG with the coarse space plus k = 4 Ritz vectors. One thread; times include
 * building the preconditioner, not assembling the matrix. Exports the first systems of each SKR order as .npz
 * and the SKR times as a summary file for bench/scipy_peers.py.
 *
 * <p>Arguments: {@code --systems N --interior n --precond ic0|mic0|ilu0|jacobi|fast-poisson --reference-systems N
 * --mesh-systems N (0: no mesh table) --recycle k --tolerance t --seed s --export file.npz --export-mesh file.npz
 * --export-systems N --summary file}.
 */
public final class RecyclingBenchmark {
    private static final int RESTART = 30;
    private static final int GCRO_RECYCLE = 10;
    /** Recorded CG directions per solve for the Ritz update of recycled CG. */
    private static final int RECORDED_STEPS = 24;
    /** Aggregate radius (graph hops) of the coarse-deflation row: the fastest of r = 4..10 measured 2026-11-30. */
    private static final int COARSE_RADIUS = 7;
    /** Ritz vectors kept next to the coarse space (k = 2, 4, 8 measured 2026-11-30: none gains over the coarse space alone). */
    private static final int COARSE_RECYCLE = 4;

    private RecyclingBenchmark() { }

    public static void main(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        PrintStream out = System.out;
        long t0 = System.nanoTime();
        DarcySequence sequence = DarcySequence.generate(a.interior, a.systems, a.seed);
        BenchSystems grid = BenchSystems.fivePoint(sequence);
        out.printf(Locale.ROOT, "Darcy (FNO paper): %d systems, %dx%d interior grid (%d unknowns), tol %.0e, generated in %.1f s; "
                        + "Java %s, %d cores, solves on 1 thread%n", a.systems, a.interior, a.interior, grid.unknowns(), a.tolerance,
                (System.nanoTime() - t0) / 1e9, Runtime.version(), Runtime.getRuntime().availableProcessors());
        String p = a.preconditioner.name().toLowerCase(Locale.ROOT).replace('_', '-');
        IntFunction<Preconditioner> chosen = i -> a.preconditioner.build(grid.matrices().get(i), grid.coefficients().get(i), sequence);
        IntFunction<Preconditioner> fastPoisson = i -> PreconditionerChoice.FAST_POISSON.build(grid.matrices().get(i),
                grid.coefficients().get(i), sequence);
        SolverOptions options = new SolverOptions(a.tolerance, 20_000, RESTART, GCRO_RECYCLE);
        SolverOptions cgOptions = new SolverOptions(a.tolerance, 20_000, RESTART, a.recycle);
        warmUp(grid, chosen, options, cgOptions);

        int[] natural = naturalOrder(grid.size());
        long sortStart = System.nanoTime();
        int[] sorted = GreedyOrdering.order(grid.coefficients().toArray(new double[0][]));
        double sortMs = (System.nanoTime() - sortStart) / 1e6;
        int[] reference = Arrays.copyOf(natural, Math.min(a.referenceSystems, grid.size()));
        List<Row> rows = new ArrayList<>();
        rows.add(SequenceRun.run("direct (EJML sparse Cholesky)", grid, reference, DirectSolver::cholesky, false, null));
        rows.add(SequenceRun.run("CG + " + p, grid, natural, () -> new ConjugateGradient(options), false, chosen));
        Row gmres = SequenceRun.run("GMRES(30) + " + p, grid, natural, () -> new Gmres(options), false, chosen);
        rows.add(gmres);
        GcroDr unsorted = new GcroDr(options);
        rows.add(SequenceRun.run("GCRO-DR(30,10) + " + p + ", unsorted, x0 = 0", grid, natural, () -> unsorted, false, chosen));
        GcroDr skrGcro = new GcroDr(options);
        rows.add(SequenceRun.run("SKR: GCRO-DR(30,10) + " + p + ", sorted, x0 = prev", grid, sorted, () -> skrGcro, true, chosen));
        RecycledCg unsortedCg = new RecycledCg(cgOptions, RECORDED_STEPS);
        rows.add(SequenceRun.run("recycled CG(k=" + a.recycle + ") + " + p + ", unsorted, x0 = 0", grid, natural,
                () -> unsortedCg, false, chosen));
        RecycledCg skrCg = new RecycledCg(cgOptions, RECORDED_STEPS);
        Row skr = SequenceRun.run("SKR: recycled CG(k=" + a.recycle + ") + " + p + ", sorted, x0 = prev", grid, sorted,
                () -> skrCg, true, chosen);
        rows.add(skr);
        rows.add(coarseRow(grid, natural, cgOptions, p, chosen));
        rows.add(recycledCoarseRow(grid, sorted, options, p, chosen));
        rows.add(SequenceRun.run("reference: CG + fast-poisson", grid, natural, () -> new ConjugateGradient(options), false,
                fastPoisson));
        print(out, "Table 1: " + grid.description(), rows);
        out.printf(Locale.ROOT, "greedy sort of %d coefficient fields: %.0f ms in total (not in the per-system times)%n",
                grid.size(), sortMs);
        ratios(out, skr, gmres, rows);
        StringBuilder summary = new StringBuilder();
        summary.append(String.format(Locale.ROOT, "grid %.3f %.3f%n", skr.wallMs(), skr.cpuMs()));
        if (a.export != null) {
            export(a.export, grid, sorted, Math.min(a.exportSystems, grid.size()), a.tolerance, "5-point");
        }

        if (a.meshSystems > 0 && a.preconditioner == PreconditionerChoice.FAST_POISSON) {
            out.println("no mesh table: the fast-Poisson preconditioner has no mesh version");
        } else if (a.meshSystems > 0) {
            meshTable(out, a, sequence, summary);
        }
        if (a.summary != null) {
            AtomicFiles.write(a.summary, o -> o.write(summary.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Table 2: the first fields of the sequence as P1 FEM systems on the grid's triangulation. */
    private static void meshTable(PrintStream out, Arguments a, DarcySequence sequence, StringBuilder summary) throws IOException {
        long t0 = System.nanoTime();
        BenchSystems mesh = BenchSystems.p1OnGrid(sequence, Math.min(a.meshSystems, a.systems));
        out.printf(Locale.ROOT, "%nP1 mesh: %d systems, %s, %d nodes (boundary rows eliminated as identity), assembled in %.1f s%n",
                mesh.size(), mesh.description(), mesh.unknowns(), (System.nanoTime() - t0) / 1e9);
        String p = a.preconditioner.name().toLowerCase(Locale.ROOT).replace('_', '-');
        IntFunction<Preconditioner> chosen = i -> a.preconditioner.build(mesh.matrices().get(i), mesh.coefficients().get(i), sequence);
        SolverOptions options = new SolverOptions(a.tolerance, 20_000, RESTART, GCRO_RECYCLE);
        SolverOptions cgOptions = new SolverOptions(a.tolerance, 20_000, RESTART, a.recycle);
        int[] natural = naturalOrder(mesh.size());
        int[] sorted = GreedyOrdering.order(mesh.coefficients().toArray(new double[0][]));
        List<Row> rows = new ArrayList<>();
        rows.add(SequenceRun.run("direct (EJML sparse Cholesky)", mesh, Arrays.copyOf(natural, Math.min(a.referenceSystems, mesh.size())),
                DirectSolver::cholesky, false, null));
        rows.add(SequenceRun.run("CG + " + p, mesh, natural, () -> new ConjugateGradient(options), false, chosen));
        Row gmres = SequenceRun.run("GMRES(30) + " + p, mesh, natural, () -> new Gmres(options), false, chosen);
        rows.add(gmres);
        GcroDr unsorted = new GcroDr(options);
        rows.add(SequenceRun.run("GCRO-DR(30,10) + " + p + ", unsorted, x0 = 0", mesh, natural, () -> unsorted, false, chosen));
        RecycledCg unsortedCg = new RecycledCg(cgOptions, RECORDED_STEPS);
        rows.add(SequenceRun.run("recycled CG(k=" + a.recycle + ") + " + p + ", unsorted, x0 = 0", mesh, natural,
                () -> unsortedCg, false, chosen));
        RecycledCg skrCg = new RecycledCg(cgOptions, RECORDED_STEPS);
        Row skr = SequenceRun.run("SKR: recycled CG(k=" + a.recycle + ") + " + p + ", sorted, x0 = prev", mesh, sorted,
                () -> skrCg, true, chosen);
        rows.add(skr);
        rows.add(coarseRow(mesh, natural, cgOptions, p, chosen));
        rows.add(recycledCoarseRow(mesh, sorted, options, p, chosen));
        print(out, "Table 2: " + mesh.description(), rows);
        ratios(out, skr, gmres, rows);
        summary.append(String.format(Locale.ROOT, "mesh %.3f %.3f%n", skr.wallMs(), skr.cpuMs()));
        if (a.exportMesh != null) {
            export(a.exportMesh, mesh, sorted, Math.min(a.exportSystems, mesh.size()), a.tolerance, "p1-mesh");
        }
    }

    /** Deflated CG with a coarse space of aggregate indicators (two-level, no recycling across systems). */
    private static Row coarseRow(BenchSystems systems, int[] order, SolverOptions options, String p, IntFunction<Preconditioner> m) {
        CoarseDeflatedCg coarse = new CoarseDeflatedCg(options, COARSE_RADIUS);
        return SequenceRun.run("CG + " + p + " + coarse deflation (aggregates r=" + COARSE_RADIUS + "), x0 = 0", systems, order,
                () -> coarse, false, m);
    }

    /**
     * Sorted, warm-started recycled CG whose deflation space holds the coarse space and k = 4 recycled Ritz
     * vectors: what recycling adds on top of a two-level method.
     */
    private static Row recycledCoarseRow(BenchSystems systems, int[] sorted, SolverOptions options, String p,
                                         IntFunction<Preconditioner> m) {
        RecycledCg solver = new RecycledCg(options.withRecycleDimension(COARSE_RECYCLE), RECORDED_STEPS, COARSE_RADIUS);
        return SequenceRun.run("recycled CG(k=" + COARSE_RECYCLE + ") + " + p + " + coarse (r=" + COARSE_RADIUS + "), sorted, x0 = prev",
                systems, sorted, () -> solver, true, m);
    }

    /** Compiles the hot paths before timing (a few solves of each kind on throwaway instances). */
    private static void warmUp(BenchSystems systems, IntFunction<Preconditioner> m, SolverOptions options, SolverOptions cgOptions) {
        int[] few = naturalOrder(Math.min(3, systems.size()));
        for (int round = 0; round < 2; round++) {
            SequenceRun.run("warm-up", systems, few, () -> new ConjugateGradient(options), false, m);
            SequenceRun.run("warm-up", systems, few, () -> new Gmres(options), false, m);
            GcroDr gcro = new GcroDr(options);
            SequenceRun.run("warm-up", systems, few, () -> gcro, true, m);
            RecycledCg cg = new RecycledCg(cgOptions, RECORDED_STEPS);
            SequenceRun.run("warm-up", systems, few, () -> cg, true, m);
            CoarseDeflatedCg coarse = new CoarseDeflatedCg(cgOptions, COARSE_RADIUS);
            SequenceRun.run("warm-up", systems, few, () -> coarse, false, m);
            RecycledCg both = new RecycledCg(options.withRecycleDimension(COARSE_RECYCLE), RECORDED_STEPS, COARSE_RADIUS);
            SequenceRun.run("warm-up", systems, few, () -> both, true, m);
        }
    }

    private static int[] naturalOrder(int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return order;
    }

    private static void print(PrintStream out, String title, List<Row> rows) {
        out.println(title);
        out.printf(Locale.ROOT, "| %-58s | %7s | %9s | %9s | %10s | %11s |%n", "method (Java, 1 thread)", "systems",
                "wall ms", "cpu ms", "iterations", "max rel res");
        out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%n", "-".repeat(60), "-".repeat(9), "-".repeat(11), "-".repeat(11),
                "-".repeat(12), "-".repeat(13));
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %-58s | %7d | %9.1f | %9.1f | %10d | %11.2e |%s%n", r.method(), r.systems(), r.wallMs(),
                    r.cpuMs(), r.iterations(), r.maxResidual(), r.note().isEmpty() ? "" : " " + r.note());
        }
    }

    private static void ratios(PrintStream out, Row skr, Row gmres, List<Row> rows) {
        out.printf(Locale.ROOT, "SKR (%s) vs GMRES(30) with the same preconditioner: %.1fx (wall), %.1fx (cpu)%n",
                skr.method(), gmres.wallMs() / skr.wallMs(), gmres.cpuMs() / skr.cpuMs());
        for (Row r : rows) {
            if (r != skr && r != gmres) {
                out.printf(Locale.ROOT, "  SKR vs %-56s %6.1fx (wall) %6.1fx (cpu)%n", r.method() + ":",
                        r.wallMs() / skr.wallMs(), r.cpuMs() / skr.cpuMs());
            }
        }
    }

    /** CSR arrays of systems order[0..count) as sys{k}_indptr, _indices, _data, _rhs. */
    private static void export(Path target, BenchSystems systems, int[] order, int count, double tolerance, String kind)
            throws IOException {
        try (NpzWriter npz = NpzWriter.create(target)) {
            for (int k = 0; k < count; k++) {
                var a = systems.matrices().get(order[k]);
                String prefix = "sys" + k + "_";
                npz.put(prefix + "indptr", a.rowPointers(), a.rows() + 1);
                npz.put(prefix + "indices", a.columnIndices(), a.nonZeros());
                npz.put(prefix + "data", a.values(), a.nonZeros());
                npz.put(prefix + "rhs", systems.rhs().get(order[k]), a.rows());
            }
            npz.putMetadata("{\"systems\": " + count + ", \"order\": \"skr-greedy\", \"kind\": \"" + kind
                    + "\", \"tolerance\": " + tolerance + "}");
            npz.finish();
        }
        System.out.printf(Locale.ROOT, "exported the first %d systems of the SKR order to %s%n", count, target);
    }

    /** Command-line settings with defaults (the defaults produce the headline tables of bench/RESULTS.md). */
    private static final class Arguments {
        int systems = 200;
        int interior = 127;
        int referenceSystems = 10;
        int meshSystems = 200;
        int exportSystems = 30;
        int recycle = 8;
        long seed = 1;
        double tolerance = 1e-8;
        PreconditionerChoice preconditioner = PreconditionerChoice.IC0;
        Path export;
        Path exportMesh;
        Path summary;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String key = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + key + " needs a value");
                }
                String value = args[++i];
                try {
                    switch (key) {
                        case "--systems" -> a.systems = positive(key, Integer.parseInt(value));
                        case "--interior" -> a.interior = positive(key, Integer.parseInt(value));
                        case "--reference-systems" -> a.referenceSystems = positive(key, Integer.parseInt(value));
                        case "--mesh-systems" -> a.meshSystems = Integer.parseInt(value);
                        case "--export-systems" -> a.exportSystems = positive(key, Integer.parseInt(value));
                        case "--recycle" -> a.recycle = positive(key, Integer.parseInt(value));
                        case "--seed" -> a.seed = Long.parseLong(value);
                        case "--tolerance" -> a.tolerance = Double.parseDouble(value);
                        case "--precond" -> a.preconditioner = PreconditionerChoice.parse(value);
                        case "--export" -> a.export = Path.of(value);
                        case "--export-mesh" -> a.exportMesh = Path.of(value);
                        case "--summary" -> a.summary = Path.of(value);
                        default -> throw new IllegalArgumentException("unknown option " + key);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("option " + key + ": '" + value + "' is not a number");
                }
            }
            return a;
        }

        private static int positive(String key, int value) {
            if (value < 1) {
                throw new IllegalArgumentException("option " + key + " must be >= 1, got " + value);
            }
            return value;
        }
    }
}
