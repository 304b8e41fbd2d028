package org.operatorlab.solvers.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.fft.GaussianRandomField;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * Measures data-set generation throughput on the FNO-paper Darcy problem (a = 12 / 3 from a thresholded
 * GRF (−Δ + 9I)^−2, f = 1, u = 0 on the boundary), one line per solver and thread count.
 *
 * <p>Usage: {@code java -cp ... org.operatorlab.solvers.data.GenerationBenchmark [gridNodesPerSide=129 | PROBLEM.json]
 * [samples=200] [solvers=direct,cg,gmres,gcrodr,skr] [threads=1,2]}; with a problem file, that problem is
 * generated instead (e.g. {@code resources/problems/burgers_1d.json}).
 */
public final class GenerationBenchmark {
    private GenerationBenchmark() { }

    public static void main(String[] args) throws IOException {
        String what = args.length > 0 ? args[0] : "129";
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<SolverChoice> solvers = new ArrayList<>();
        for (String s : (args.length > 2 ? args[2] : "direct,cg,gmres,gcrodr,skr").split(",")) {
            solvers.add(SolverChoice.parse(s));
        }
        int[] threads = Arrays.stream((args.length > 3 ? args[3] : "1,2").split(",")).mapToInt(Integer::parseInt).toArray();
        SampleFamily family;
        if (what.endsWith(".json")) {
            family = ProblemSampling.family(ProblemReader.read(Path.of(what)), 1);
            System.out.printf("%s (%s), %d samples, %d cores%n", what, family, samples,
                    Runtime.getRuntime().availableProcessors());
        } else {
            int side = Integer.parseInt(what);
            UniformGrid grid = UniformGrid.of(side, side, 0, 0, 1, 1);
            GaussianRandomField grf = GaussianRandomField.neumann2d(side, side, 2, 3, GaussianRandomField.fnoSigma(2, 3, 2));
            double[] f = new double[side * side];
            Arrays.fill(f, 1.0);
            family = GridEllipticFamily.darcy(grid, GridEllipticFamily.thresholded(grf, 0, 12, 3), f,
                    "{\"pde\": {\"family\": \"darcy\"}}");
            System.out.printf("Darcy %dx%d interior, %d samples, tolerance 1e-8, %d cores%n", side - 2, side - 2, samples,
                    Runtime.getRuntime().availableProcessors());
        }
        Path dir = Files.createTempDirectory("operatorlab-bench");
        // Warm-up: let the JIT compile every solver's path before anything is timed.
        for (SolverChoice s : solvers) {
            Path out = dir.resolve("warm-up.npz");
            DatasetGenerator.generate(family, new GenerationOptions(Math.min(samples, 4), 99, s, 1, 1e-8), out,
                    ProgressListener.NONE, CancellationToken.none());
            Files.delete(out);
        }
        System.out.println("| solver | threads | samples/s | wall s | iterations/sample | max residual |");
        System.out.println("|---|---|---|---|---|---|");
        for (SolverChoice s : solvers) {
            for (int t : threads) {
                Path out = dir.resolve(s.id() + "-" + t + ".npz");
                GenerationReport r = DatasetGenerator.generate(family, new GenerationOptions(samples, 1, s, t, 1e-8),
                        out, ProgressListener.NONE, CancellationToken.none());
                System.out.printf("| %s | %d | %.2f | %.2f | %.1f | %.1e |%n", s.id(), t, r.samplesPerSecond(),
                        r.wallSeconds(), r.meanIterations(), r.maxRelativeResidual());
                Files.delete(out);
            }
        }
        Files.delete(dir);
    }
}
