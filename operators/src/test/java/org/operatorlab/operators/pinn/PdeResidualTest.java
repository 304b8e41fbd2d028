package org.operatorlab.operators.pinn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.solvers.problem.PdeSpec;
import org.operatorlab.solvers.problem.ProblemReader;

/** Exact solutions put into the residual of each family give zero; a perturbed one does not. */
class PdeResidualTest {
    private static final double PI = Math.PI;

    private static PdeSpec pde(String family, String coefficients, String geometry, String mesh, String extra) {
        String json = """
            {"format": "operatorlab-problem/1", "name": "r", "geometry": %s, "mesh": %s,
             "pde": {"family": "%s", "coefficients": %s}, %s
             "outputs": {"fields": ["u"], "every": 1, "vtk": "binary"}}
            """.formatted(geometry, mesh, family, coefficients, extra);
        return ProblemReader.read(json, family + ".json").pde();
    }

    private static final String SQUARE = "{\"shape\": \"rectangle\", \"xmin\": 0, \"ymin\": 0, \"xmax\": 1, \"ymax\": 1}";
    private static final String TRIS = "{\"type\": \"triangles\", \"size\": 0.25}";

    private static Points points(boolean time, boolean twoD) {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 20;
        double[] x = new double[n], y = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
            y[i] = rng.nextDouble();
            t[i] = rng.nextDouble(0, 0.5);
        }
        return new Points(x, twoD ? y : null, time ? t : null, null, null);
    }

    /** Jet from closed-form derivative functions of (a, b) = (x, y) or (x, t). */
    private static Jet jet(Points p, DoubleBinaryOperator... f) {
        Tensor[] parts = new Tensor[f.length];
        for (int k = 0; k < f.length; k++) {
            double[] v = new double[p.size()];
            for (int i = 0; i < v.length; i++) {
                double b = p.y() != null ? p.y()[i] : p.t()[i];
                v[i] = f[k].applyAsDouble(p.x()[i], b);
            }
            parts[k] = Tensor.of(v, v.length);
        }
        return new Jet(parts[0], new Tensor[] {parts[1], parts[2]}, new Tensor[] {parts[3], parts[4]});
    }

    private static double maxAbs(Tensor t) {
        double m = 0;
        for (int i = 0; i < t.size(); i++) {
            m = Math.max(m, Math.abs(t.get(i)));
        }
        return m;
    }

    private static Jet sine(Points p, double scale) {
        return jet(p, (x, y) -> scale * Math.sin(PI * x) * Math.sin(PI * y),
                (x, y) -> scale * PI * Math.cos(PI * x) * Math.sin(PI * y),
                (x, y) -> scale * PI * Math.sin(PI * x) * Math.cos(PI * y),
                (x, y) -> -scale * PI * PI * Math.sin(PI * x) * Math.sin(PI * y),
                (x, y) -> -scale * PI * PI * Math.sin(PI * x) * Math.sin(PI * y));
    }

    @Test
    void helmholtzAndDarcyVanishOnTheirExactSolutions() {
        Points p = points(false, true);
        PdeResidual helmholtz = new PdeResidual(pde("helmholtz", "{\"k\": 2, \"f\": \"(2*pi^2 - 4)*sin(pi*x)*sin(pi*y)\"}",
                SQUARE, TRIS, ""), p);
        assertEquals(0, maxAbs(helmholtz.apply(Tape.noGrad(), sine(p, 1))), 1e-12);
        assertEquals(0.1 * (2 * PI * PI - 4), maxAbs(helmholtz.apply(Tape.noGrad(), sine(p, 1.1))) / maxSine(p), 1e-9);
        // a = 1 + x: -div(a grad u) = 2 pi^2 (1 + x) sin sin - pi cos(pi x) sin(pi y)
        PdeResidual darcy = new PdeResidual(pde("darcy", "{\"a\": \"1 + x\", \"f\": "
                + "\"2*pi^2*(1 + x)*sin(pi*x)*sin(pi*y) - pi*cos(pi*x)*sin(pi*y)\"}", SQUARE, TRIS, ""), p);
        assertEquals(0, maxAbs(darcy.apply(Tape.noGrad(), sine(p, 1))), 1e-8);
    }

    private static double maxSine(Points p) {
        double m = 0;
        for (int i = 0; i < p.size(); i++) {
            m = Math.max(m, Math.abs(Math.sin(PI * p.x()[i]) * Math.sin(PI * p.y()[i])));
        }
        return m;
    }

    @Test
    void burgersVanishesOnAViscousTravellingWave() {
        // u = c - a tanh(a (x - c t) / (2 nu)) solves u_t + u u_x = nu u_xx
        double nu = 0.1, a = 0.5, c = 1;
        Points p = points(true, false);
        DoubleBinaryOperator th = (x, t) -> Math.tanh(a * (x - c * t) / (2 * nu));
        double k = a / (2 * nu);
        Jet u = new Jet(values(p, (x, t) -> c - a * th.applyAsDouble(x, t)),
                new Tensor[] {values(p, (x, t) -> -a * k * (1 - sq(th.applyAsDouble(x, t)))),
                    values(p, (x, t) -> a * k * c * (1 - sq(th.applyAsDouble(x, t))))},
                new Tensor[] {values(p, (x, t) -> {
                    double h = th.applyAsDouble(x, t);
                    return 2 * a * k * k * h * (1 - h * h);
                })});
        PdeResidual burgers = new PdeResidual(pde("burgers", "{\"nu\": 0.1}",
                "{\"shape\": \"interval\", \"xmin\": 0, \"xmax\": 1}", "{\"type\": \"grid\", \"nx\": 64, \"periodic\": true}",
                "\"initial\": {\"value\": 0}, \"time\": {\"start\": 0, \"end\": 1, \"dt\": 0.01},"), p);
        assertEquals(0, maxAbs(burgers.apply(Tape.noGrad(), u)), 1e-12);
    }

    @Test
    void heatVanishesOnADecayingMode() {
        double kappa = 0.5;
        Points p = points(true, true);
        double decay = 2 * PI * PI * kappa;
        double[] x = p.x(), y = p.y(), t = p.t();
        int n = p.size();
        double[][] v = new double[6][n];
        for (int i = 0; i < n; i++) {
            double e = Math.exp(-decay * t[i]), s = Math.sin(PI * x[i]) * Math.sin(PI * y[i]);
            v[0][i] = e * s;
            v[1][i] = e * PI * Math.cos(PI * x[i]) * Math.sin(PI * y[i]);
            v[2][i] = e * PI * Math.sin(PI * x[i]) * Math.cos(PI * y[i]);
            v[3][i] = -decay * e * s;
            v[4][i] = -PI * PI * e * s;
            v[5][i] = -PI * PI * e * s;
        }
        Jet u = new Jet(Tensor.of(v[0], n), new Tensor[] {Tensor.of(v[1], n), Tensor.of(v[2], n), Tensor.of(v[3], n)},
                new Tensor[] {Tensor.of(v[4], n), Tensor.of(v[5], n)});
        PdeResidual heat = new PdeResidual(pde("heat", "{\"kappa\": 0.5}", SQUARE, TRIS,
                "\"initial\": {\"value\": 0}, \"time\": {\"start\": 0, \"end\": 1, \"dt\": 0.01},"), p);
        assertEquals(0, maxAbs(heat.apply(Tape.noGrad(), u)), 1e-12);
    }

    @Test
    void refusesNavierStokesAndRandomCoefficients() {
        assertThrows(IllegalArgumentException.class,
                () -> PdeResidual.requireSupported(org.operatorlab.solvers.problem.PdeFamily.NAVIER_STOKES));
        PdeSpec random = pde("poisson", "{\"f\": {\"random\": {\"type\": \"grf\", \"alpha\": 2, \"tau\": 3}}}", SQUARE, TRIS, "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PdeResidual(random, points(false, true)));
        assertEquals(true, e.getMessage().contains("\"f\" is random"), e.getMessage());
    }

    private static double sq(double v) {
        return v * v;
    }

    private static Tensor values(Points p, DoubleBinaryOperator f) {
        double[] v = new double[p.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(p.x()[i], p.t()[i]);
        }
        return Tensor.of(v, v.length);
    }
}
