package org.operatorlab.operators.pinn;

import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.DeterministicCoefficient;

/**
 * Imposes u = g on the whole boundary exactly: u = g + φ·N, with φ a smooth distance to the boundary
 * and N the network, for steady problems in (x, y). The jet of u follows from the jets of g, φ (known
 * functions, computed once per point set) and N by the product rule.
 */
final class DirichletAnsatz {
    /** Step of the central differences for an expression g: error ~1e-8 in its second derivatives. */
    private static final double STEP = 1e-4;

    private final BoundaryDistance distance;
    private final DeterministicCoefficient g;

    DirichletAnsatz(BoundaryDistance distance, DeterministicCoefficient g) {
        this.distance = distance;
        this.g = g;
    }

    /** Known factors at the points: rows g, g_x, g_y, g_xx, g_yy, φ, φ_x, φ_y, φ_xx, φ_yy. */
    Tensor[] factors(Points p) {
        int n = p.size();
        double[][] f = new double[10][n];
        DeterministicCoefficient.PointFunction gf = g.evaluator();
        for (int i = 0; i < n; i++) {
            Dual2 gi = boundaryData(gf, p.x()[i], p.y()[i]);
            Dual2 di = distance.at(p.x()[i], p.y()[i]);
            double[] v = {gi.v(), gi.gx(), gi.gy(), gi.hxx(), gi.hyy(), di.v(), di.gx(), di.gy(), di.hxx(), di.hyy()};
            for (int r = 0; r < 10; r++) {
                f[r][i] = v[r];
            }
        }
        Tensor[] out = new Tensor[10];
        for (int r = 0; r < 10; r++) {
            out[r] = Tensor.of(f[r], n);
        }
        return out;
    }

    /** The jet of u = g + φ N from the network's jet (which must carry x, y second derivatives). */
    Jet apply(Tape tape, Jet net, Tensor[] k) {
        Tensor nv = net.value();
        Tensor u = tape.add(k[0], tape.mul(k[5], nv));
        Tensor[] first = new Tensor[2];
        Tensor[] second = new Tensor[net.second().length];
        for (int d = 0; d < 2; d++) {
            // u_d = g_d + φ_d N + φ N_d
            first[d] = tape.add(tape.add(k[1 + d], tape.mul(k[6 + d], nv)), tape.mul(k[5], net.first(d)));
            if (d < second.length) {
                // u_dd = g_dd + φ_dd N + 2 φ_d N_d + φ N_dd
                Tensor t = tape.add(k[3 + d], tape.mul(k[8 + d], nv));
                t = tape.add(t, tape.mul(tape.affine(k[6 + d], 2, 0), net.first(d)));
                second[d] = tape.add(t, tape.mul(k[5], net.second(d)));
            }
        }
        return new Jet(u, first, second);
    }

    private Dual2 boundaryData(DeterministicCoefficient.PointFunction gf, double x, double y) {
        double c = gf.value(x, y, 0);
        if (g instanceof Constant) {
            return Dual2.constant(c);
        }
        double xp = gf.value(x + STEP, y, 0), xm = gf.value(x - STEP, y, 0);
        double yp = gf.value(x, y + STEP, 0), ym = gf.value(x, y - STEP, 0);
        return new Dual2(c, (xp - xm) / (2 * STEP), (yp - ym) / (2 * STEP),
                (xp - 2 * c + xm) / (STEP * STEP), (yp - 2 * c + ym) / (STEP * STEP));
    }

}
