package org.operatorlab.operators.pinn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.DeterministicCoefficient;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.problem.PdeSpec;

/**
 * The strong-form residual of a problem's PDE at fixed collocation points, from the jet of u. The
 * coefficients are evaluated once at the points; Darcy's ∇a comes from central differences of the
 * coefficient's formula (a known function; the network's derivatives are exact).
 *
 * <p>Inputs are (x, y) for steady families, (x, y, t) for heat and (x, t) for 1D Burgers.
 */
public final class PdeResidual {
    private static final double STEP = 1e-6;

    private final PdeFamily family;
    private final Map<String, Tensor> values = new HashMap<>();

    PdeResidual(PdeSpec pde, Points p) {
        this.family = pde.family();
        requireSupported(family);
        for (Map.Entry<String, List<Coefficient>> e : pde.coefficients().entrySet()) {
            List<Coefficient> cs = e.getValue();
            for (int c = 0; c < cs.size(); c++) {
                String name = cs.size() == 1 ? e.getKey() : e.getKey() + c;
                values.put(name, Tensor.of(evaluate(name, cs.get(c), p, 0, 0), p.size()));
                if (family == PdeFamily.DARCY && name.equals("a")) {
                    double[] ax = difference(evaluate(name, cs.get(c), p, STEP, 0), evaluate(name, cs.get(c), p, -STEP, 0));
                    double[] ay = difference(evaluate(name, cs.get(c), p, 0, STEP), evaluate(name, cs.get(c), p, 0, -STEP));
                    values.put("a_x", Tensor.of(ax, p.size()));
                    values.put("a_y", Tensor.of(ay, p.size()));
                }
            }
        }
    }

    /** Network inputs of a family: 2 for (x, y) or (x, t), 3 for (x, y, t). */
    public static int inputs(PdeFamily family) {
        return family == PdeFamily.HEAT ? 3 : 2;
    }

    /** How many leading inputs need second derivatives. */
    public static int secondOrder(PdeFamily family) {
        return family == PdeFamily.BURGERS ? 1 : 2;
    }

    static void requireSupported(PdeFamily family) {
        if (family == PdeFamily.NAVIER_STOKES) {
            throw new IllegalArgumentException("the PINN engine does not solve " + family.key()
                    + "; it solves poisson, darcy, helmholtz, convection_diffusion, heat and burgers");
        }
    }

    /** Residual [N] at the points this was built for. */
    public Tensor apply(Tape tape, Jet u) {
        return switch (family) {
            case POISSON -> tape.sub(tape.affine(laplacian(tape, u), -1, 0), v("f"));
            case DARCY -> {
                Tensor flux = tape.add(tape.mul(v("a_x"), u.first(0)), tape.mul(v("a_y"), u.first(1)));
                Tensor div = tape.add(tape.mul(v("a"), laplacian(tape, u)), flux);
                yield tape.sub(tape.affine(div, -1, 0), v("f"));
            }
            case HELMHOLTZ -> {
                Tensor k2u = tape.mul(tape.square(v("k")), u.value());
                yield tape.sub(tape.sub(tape.affine(laplacian(tape, u), -1, 0), k2u), v("f"));
            }
            case CONVECTION_DIFFUSION -> {
                Tensor conv = tape.add(tape.mul(v("velocity0"), u.first(0)), tape.mul(v("velocity1"), u.first(1)));
                Tensor diff = tape.mul(v("epsilon"), laplacian(tape, u));
                yield tape.sub(tape.sub(conv, diff), v("f"));
            }
            case HEAT -> tape.sub(tape.sub(u.first(2), tape.mul(v("kappa"), laplacian(tape, u))), v("f"));
            case BURGERS -> tape.sub(tape.add(u.first(1), tape.mul(u.value(), u.first(0))),
                    tape.mul(v("nu"), u.second(0)));
            default -> throw new IllegalStateException("unsupported family " + family);
        };
    }

    private static Tensor laplacian(Tape tape, Jet u) {
        return tape.add(u.second(0), u.second(1));
    }

    private Tensor v(String name) {
        return values.get(name);
    }

    private static double[] evaluate(String name, Coefficient c, Points p, double dx, double dy) {
        if (!(c instanceof DeterministicCoefficient d)) {
            throw new IllegalArgumentException("coefficient \"" + name + "\" is random; the PINN engine solves one instance:"
                    + " give it as a number or a formula in x, y, t");
        }
        DeterministicCoefficient.PointFunction f = d.evaluator();
        double[] out = new double[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.value(p.x()[i] + dx, p.yOrZero(i) + dy, p.tOrZero(i));
        }
        return out;
    }

    private static double[] difference(double[] plus, double[] minus) {
        double[] out = new double[plus.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (plus[i] - minus[i]) / (2 * STEP);
        }
        return out;
    }
}
