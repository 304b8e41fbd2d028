package org.operatorlab.solvers.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.fft.GaussianRandomField;

class TimeDependentGenerationTest {
    @TempDir
    Path dir;

    @Test
    void navierStokesEigenmodesDecayExactlyInEverySample() throws IOException {
        int n = 32;
        double nu = 0.01;
        double k = 2 * Math.PI * 2;
        double duration = 0.5;
        UniformGrid box = new UniformGrid(n, n, 0, 0, 1, 1, true, true);
        // ω0 = A cos(kx) cos(ky) has ψ ∝ ω, so advection vanishes and ω(T) = ω0 e^{-2 ν k² T} exactly.
        TimeDependentFamily family = TimeDependentFamily.navierStokes(box, seed -> {
            double amplitude = 1 + new SplittableRandom(seed).nextDouble();
            double[] w = new double[n * n];
            for (int j = 0; j < n; j++)
                for (int i = 0; i < n; i++)
                    w[j * n + i] = amplitude * Math.cos(k * box.x(i)) * Math.cos(k * box.y(j));
            return w;
        }, nu, null, duration, 0.01, 2, "{\"pde\": {\"family\": \"navier_stokes\"}}");
        Path out = dir.resolve("ns.npz");
        GenerationReport report = DatasetGenerator.generate(family, new GenerationOptions(6, 3, SolverChoice.SKR, 2, 1e-8),
                out, ProgressListener.NONE, CancellationToken.none());
        assertEquals(0, report.totalIterations());
        try (NpzReader r = NpzReader.open(out)) {
            assertArrayEquals(new long[] {6, n, n}, r.array("inputs").shape());
            assertArrayEquals(new long[] {6, 2, n, n}, r.array("outputs").shape());
            assertArrayEquals(new double[] {duration / 2, duration}, r.array("t").toDoubleArray(), 1e-15);
            double[] in = r.array("inputs").toDoubleArray();
            double[] outp = r.array("outputs").toDoubleArray();
            for (int s = 0; s < 6; s++) {
                for (int snap = 0; snap < 2; snap++) {
                    double decay = Math.exp(-2 * nu * k * k * duration * (snap + 1) / 2);
                    for (int p = 0; p < n * n; p++) {
                        assertEquals(in[s * n * n + p] * decay, outp[(s * 2 + snap) * n * n + p], 1e-9,
                                "sample " + s + " snapshot " + snap + " node " + p);
                    }
                }
            }
        }
    }

    @Test
    void burgersConservesTheMeanLosesEnergyAndIsReproducibleAcrossThreads() throws IOException {
        int n = 128;
        UniformGrid line = UniformGrid.line(n, 0, 1, true);
        GaussianRandomField grf = GaussianRandomField.periodic1d(n, 2, 5, 25);
        TimeDependentFamily family = TimeDependentFamily.burgers(line, grf::sample, 0.1, 0.2, 1e-3, 1,
                "{\"pde\": {\"family\": \"burgers\"}}");
        Path one = dir.resolve("b1.npz");
        Path two = dir.resolve("b2.npz");
        DatasetGenerator.generate(family, new GenerationOptions(8, 5, SolverChoice.DIRECT, 1, 1e-8), one,
                ProgressListener.NONE, CancellationToken.none());
        DatasetGenerator.generate(family, new GenerationOptions(8, 5, SolverChoice.GMRES, 2, 1e-8), two,
                ProgressListener.NONE, CancellationToken.none());
        try (NpzReader a = NpzReader.open(one); NpzReader b = NpzReader.open(two)) {
            double[] in = a.array("inputs").toDoubleArray();
            double[] u = a.array("outputs").toDoubleArray();
            assertArrayEquals(new long[] {8, n}, a.array("outputs").shape());
            assertArrayEquals(u, b.array("outputs").toDoubleArray(), 0.0);
            for (int s = 0; s < 8; s++) {
                double mean0 = 0, mean1 = 0, e0 = 0, e1 = 0;
                for (int i = 0; i < n; i++) {
                    double v0 = in[s * n + i], v1 = u[s * n + i];
                    mean0 += v0 / n;
                    mean1 += v1 / n;
                    e0 += v0 * v0;
                    e1 += v1 * v1;
                }
                assertEquals(mean0, mean1, 1e-12, "sample " + s + ": the mean is conserved");
                assertTrue(e1 < e0, "sample " + s + ": viscosity dissipates energy");
                assertTrue(e1 > 0.01 * e0, "sample " + s + ": but not all of it in so short a time");
            }
        }
    }
}
