package org.operatorlab.solvers.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.operatorlab.solvers.krylov.KrylovSolver;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * Solves the systems of a {@link BenchSystems} in a given order on the calling thread and summarises: median
 * wall and thread-CPU milliseconds per system (preconditioner setup included, assembly not), total
 * iterations, and the worst relative residual recomputed here as ||b − A x|| / ||b||.
 */
final class SequenceRun {
    /** One table row. */
    record Row(String method, int systems, double wallMs, double cpuMs, long iterations, double maxResidual, String note) { }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SequenceRun() { }

    /**
     * @param solvers        asked once per system: return the same instance to recycle across the sequence
     * @param warmStart      start each solve from the previous solution in {@code order}
     * @param preconditioner built per system from its index; null for none
     */
    static Row run(String label, BenchSystems systems, int[] order, Supplier<KrylovSolver> solvers, boolean warmStart,
                   IntFunction<Preconditioner> preconditioner) {
        double[] wall = new double[order.length];
        double[] cpu = new double[order.length];
        long iterations = 0;
        double maxResidual = 0;
        int failures = 0;
        double[] previous = null;
        for (int s = 0; s < order.length; s++) {
            int index = order[s];
            CsrMatrix a = systems.matrices().get(index);
            double[] b = systems.rhs().get(index);
            double[] x = warmStart && previous != null ? previous.clone() : new double[b.length];
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Preconditioner m = preconditioner != null ? preconditioner.apply(index) : Preconditioner.identity();
            SolveResult result = solvers.get().solve(a, b, x, m);
            wall[s] = (System.nanoTime() - start) / 1e6;
            cpu[s] = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            if (!result.converged()) {
                failures++;
            }
            iterations += result.iterations();
            maxResidual = Math.max(maxResidual, Vectors.relativeResidual(a, b, x));
            previous = x;
        }
        return new Row(label, order.length, median(wall), median(cpu), iterations, maxResidual,
                failures == 0 ? "" : failures + " not converged");
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }
}
