package org.operatorlab.solvers.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.operatorlab.solvers.data.GreedyOrdering;
import org.operatorlab.solvers.data.NpzWriter;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.krylov.ConjugateGradient;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.krylov.GcroDr;
import org.operatorlab.solvers.krylov.Gmres;
import org.operatorlab.solvers.krylov.KrylovSolver;
import org.operatorlab.solvers.krylov.RecycledCg;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.krylov.SolverOptions;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * End-to-end benchmark of Sorting Krylov Recycling on the FNO-paper Darcy sequence (see bench/recycling.sh):
 * direct, independent CG and GMRES, GCRO-DR in generation order, and SKR (greedy nearest-neighbour order
 * of the coefficient fields, recycling, previous solution as initial guess). Times include building the
 * preconditioner, not assembling the matrix. Residuals are recomputed here as ||b − A x|| / ||b||.
 * Optionally exports the first systems of the SKR order as .npz for the SciPy peers.
 *
 * <p>Arguments: {@code --systems N --interior n --precond mic0|ic0|ilu0|jacobi|fast-poisson
 * --reference-systems N --tolerance t --seed s --export file.npz --export-systems N}.
 */
public final class RecyclingBenchmark {
    private record Row(String method, int systems, double medianMs, long iterations, double maxResidual, String note) { }

    private final DarcySequence sequence;
    private final PreconditionerChoice preconditioner;
    private final double tolerance;

    private RecyclingBenchmark(DarcySequence sequence, PreconditionerChoice preconditioner, double tolerance) {
        this.sequence = sequence;
        this.preconditioner = preconditioner;
        this.tolerance = tolerance;
    }

    public static void main(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        PrintStream out = System.out;
        long t0 = System.nanoTime();
        DarcySequence sequence = DarcySequence.generate(a.interior, a.systems, a.seed);
        out.printf(Locale.ROOT, "Darcy (FNO paper): %d systems, %dx%d interior grid (%d unknowns), tol %.0e, generated in %.1f s%n",
                a.systems, a.interior, a.interior, a.interior * a.interior, a.tolerance, (System.nanoTime() - t0) / 1e9);
        RecyclingBenchmark bench = new RecyclingBenchmark(sequence, a.preconditioner, a.tolerance);
        int[] natural = new int[a.systems];
        Arrays.setAll(natural, i -> i);
        long sortStart = System.nanoTime();
        int[] sorted = GreedyOrdering.order(sequence.coefficients.toArray(new double[0][]));
        double sortMs = (System.nanoTime() - sortStart) / 1e6;
        bench.warmUp();

        String p = a.preconditioner.name().toLowerCase(Locale.ROOT).replace('_', '-');
        SolverOptions options = new SolverOptions(a.tolerance, 20_000, 30, 10);
        List<Row> rows = new ArrayList<>();
        int[] directSubset = Arrays.copyOf(natural, Math.min(a.referenceSystems, a.systems));
        rows.add(bench.run("direct (EJML sparse Cholesky)", directSubset, DirectSolver::cholesky, false, null));
        rows.add(bench.run("CG + " + p, natural, () -> new ConjugateGradient(options), false, a.preconditioner));
        rows.add(bench.run("GMRES(30) + " + p, natural, () -> new Gmres(options), false, a.preconditioner));
        rows.add(bench.run("GMRES(30) + jacobi (weak-preconditioner reference)", directSubset,
                () -> new Gmres(options), false, PreconditionerChoice.JACOBI));
        GcroDr unsorted = new GcroDr(options);
        rows.add(bench.run("GCRO-DR(30,10) + " + p + ", unsorted, x0 = 0", natural, () -> unsorted, false, a.preconditioner));
        GcroDr skrGcro = new GcroDr(options);
        rows.add(bench.run("SKR: GCRO-DR(30,10) + " + p + ", sorted, x0 = prev", sorted, () -> skrGcro, true, a.preconditioner));
        RecycledCg skrCg = new RecycledCg(new SolverOptions(a.tolerance, 20_000, 30, 8));
        rows.add(bench.run("SKR: recycled CG(k=8) + " + p + ", sorted, x0 = prev", sorted, () -> skrCg, true, a.preconditioner));
        print(out, rows, sortMs);

        if (a.export != null) {
            int count = Math.min(a.exportSystems, a.systems);
            export(a.export, sequence, sorted, count, a.tolerance);
            out.printf(Locale.ROOT, "exported the first %d systems of the SKR order to %s%n", count, a.export);
        }
    }

    /** Compiles the hot paths before timing (a few solves of each kind on throwaway instances). */
    private void warmUp() {
        SolverOptions options = new SolverOptions(tolerance, 20_000, 30, 10);
        int[] few = {0, 1, 2};
        for (int round = 0; round < 2; round++) {
            run("warm-up", few, () -> new ConjugateGradient(options), false, preconditioner);
            run("warm-up", few, () -> new Gmres(options), false, preconditioner);
            GcroDr gcro = new GcroDr(options);
            run("warm-up", few, () -> gcro, true, preconditioner);
            RecycledCg cg = new RecycledCg(new SolverOptions(tolerance, 20_000, 30, 8));
            run("warm-up", few, () -> cg, true, preconditioner);
        }
    }

    /**
     * Solves the systems in {@code order}; {@code solvers} is asked once per system (return the same
     * instance to recycle across the sequence).
     */
    private Row run(String label, int[] order, Supplier<KrylovSolver> solvers, boolean warmStart, PreconditionerChoice precondition) {
        double[] millis = new double[order.length];
        long iterations = 0;
        double maxResidual = 0;
        int failures = 0;
        double[] previous = null;
        for (int s = 0; s < order.length; s++) {
            int index = order[s];
            LinearSystem system = sequence.systems.get(index);
            double[] x = warmStart && previous != null ? previous.clone() : new double[system.rhs().length];
            long start = System.nanoTime();
            Preconditioner m = precondition != null
                    ? precondition.build(system.matrix(), sequence.coefficients.get(index), sequence)
                    : Preconditioner.identity();
            SolveResult result = solvers.get().solve(system.matrix(), system.rhs(), x, m);
            millis[s] = (System.nanoTime() - start) / 1e6;
            if (!result.converged()) {
                failures++;
            }
            iterations += result.iterations();
            maxResidual = Math.max(maxResidual, Vectors.relativeResidual(system.matrix(), system.rhs(), x));
            previous = x;
        }
        Arrays.sort(millis);
        double median = millis.length % 2 == 1 ? millis[millis.length / 2]
                : 0.5 * (millis[millis.length / 2 - 1] + millis[millis.length / 2]);
        return new Row(label, order.length, median, iterations, maxResidual,
                failures == 0 ? "" : failures + " not converged");
    }

    private static void print(PrintStream out, List<Row> rows, double sortMs) {
        out.printf(Locale.ROOT, "%-58s %7s %12s %12s %12s%n", "method (Java, this run)", "systems", "ms/system", "iterations", "max rel res");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-58s %7d %12.1f %12d %12.2e %s%n", r.method, r.systems, r.medianMs, r.iterations,
                    r.maxResidual, r.note);
        }
        out.printf(Locale.ROOT, "greedy sort of the coefficient fields: %.0f ms in total (not in the per-system times)%n", sortMs);
        Row gmres = rows.get(2);
        Row best = rows.get(5).medianMs <= rows.get(6).medianMs ? rows.get(5) : rows.get(6);
        out.printf(Locale.ROOT, "SKR (best: %s): %.1fx faster per system than GMRES with the same preconditioner, "
                + "%.1fx than GMRES + jacobi%n", best.method, gmres.medianMs / best.medianMs, rows.get(3).medianMs / best.medianMs);
    }

    /** CSR arrays of systems order[0..count) as sys{k}_indptr, _indices, _data, _rhs. */
    private static void export(Path target, DarcySequence sequence, int[] order, int count, double tolerance) throws IOException {
        try (NpzWriter npz = NpzWriter.create(target)) {
            for (int k = 0; k < count; k++) {
                LinearSystem system = sequence.systems.get(order[k]);
                String prefix = "sys" + k + "_";
                npz.put(prefix + "indptr", system.matrix().rowPointers(), system.matrix().rows() + 1);
                npz.put(prefix + "indices", system.matrix().columnIndices(), system.matrix().nonZeros());
                npz.put(prefix + "data", system.matrix().values(), system.matrix().nonZeros());
                npz.put(prefix + "rhs", system.rhs(), system.rhs().length);
            }
            npz.putMetadata("{\"systems\": " + count + ", \"order\": \"skr-greedy\", \"tolerance\": " + tolerance + "}");
            npz.finish();
        }
    }

    /** Command-line settings with defaults. */
    private static final class Arguments {
        int systems = 200;
        int interior = 127;
        int referenceSystems = 30;
        int exportSystems = 30;
        long seed = 1;
        double tolerance = 1e-8;
        PreconditionerChoice preconditioner = PreconditionerChoice.FAST_POISSON;
        Path export;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String key = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + key + " needs a value");
                }
                String value = args[++i];
                switch (key) {
                    case "--systems" -> a.systems = Integer.parseInt(value);
                    case "--interior" -> a.interior = Integer.parseInt(value);
                    case "--reference-systems" -> a.referenceSystems = Integer.parseInt(value);
                    case "--export-systems" -> a.exportSystems = Integer.parseInt(value);
                    case "--seed" -> a.seed = Long.parseLong(value);
                    case "--tolerance" -> a.tolerance = Double.parseDouble(value);
                    case "--precond" -> a.preconditioner = PreconditionerChoice.parse(value);
                    case "--export" -> a.export = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + key);
                }
            }
            return a;
        }
    }
}
