package org.operatorlab.operators.pinn;

import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.solvers.problem.BoundaryCondition;
import org.operatorlab.solvers.problem.DeterministicCoefficient;

/**
 * One soft constraint as a residual at its own points: a boundary condition (Dirichlet u - g,
 * Neumann ∂u/∂n - h, Robin ∂u/∂n + αu - g), an initial condition u - u0 at t = start, or periodicity
 * (u and u_x equal at matched points of the two ends, as two stacked residuals).
 */
final class BoundaryTerm {
    enum Kind { VALUE, NEUMANN, ROBIN, PERIODIC }

    private final String name;
    private final Kind kind;
    private final Points points;
    private final Points partner;
    private final Tensor inputs;
    private final Tensor partnerInputs;
    private final Tensor target;
    private final Tensor alpha;

    private BoundaryTerm(String name, Kind kind, Points points, Points partner, Tensor target, Tensor alpha) {
        this.name = name;
        this.kind = kind;
        this.points = points;
        this.partner = partner;
        this.inputs = points.inputs();
        this.partnerInputs = partner == null ? null : partner.inputs();
        this.target = target;
        this.alpha = alpha;
    }

    static BoundaryTerm condition(String boundary, BoundaryCondition bc, Points p) {
        if (bc instanceof BoundaryCondition.Dirichlet d) {
            return new BoundaryTerm(boundary, Kind.VALUE, p, null, values(d.value(), p), null);
        }
        if (bc instanceof BoundaryCondition.Neumann n) {
            return new BoundaryTerm(boundary, Kind.NEUMANN, p, null, values(n.flux(), p), null);
        }
        BoundaryCondition.Robin r = (BoundaryCondition.Robin) bc;
        return new BoundaryTerm(boundary, Kind.ROBIN, p, null, values(r.value(), p), values(r.alpha(), p));
    }

    /** u = u0 at the points (which lie at the start time). */
    static BoundaryTerm initial(DeterministicCoefficient u0, Points p) {
        return new BoundaryTerm("initial", Kind.VALUE, p, null, values(u0, p), null);
    }

    /** u(left) = u(right), u_x(left) = u_x(right), point by point. */
    static BoundaryTerm periodic(Points left, Points right) {
        return new BoundaryTerm("periodic", Kind.PERIODIC, left, right, null, null);
    }

    String name() { return name; }
    Points points() { return points; }

    /** Residual [N] (periodic: [2N]) of this term for the given network. */
    Tensor residual(Tape tape, PinnNetwork net) {
        int second = 0;
        Jet u = net.jet(tape, inputs, points, second);
        return switch (kind) {
            case VALUE -> tape.sub(u.value(), target);
            case NEUMANN -> tape.sub(normalDerivative(tape, u), target);
            case ROBIN -> tape.sub(tape.add(normalDerivative(tape, u), tape.mul(alpha, u.value())), target);
            case PERIODIC -> {
                Jet v = net.jet(tape, partnerInputs, partner, second);
                yield tape.concat(0, tape.sub(u.value(), v.value()), tape.sub(u.first(0), v.first(0)));
            }
        };
    }

    private Tensor normalDerivative(Tape tape, Jet u) {
        return tape.add(tape.mul(Tensor.of(points.nx(), points.size()), u.first(0)),
                tape.mul(Tensor.of(points.ny(), points.size()), u.first(1)));
    }

    private static Tensor values(DeterministicCoefficient c, Points p) {
        DeterministicCoefficient.PointFunction f = c.evaluator();
        double[] out = new double[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.value(p.x()[i], p.yOrZero(i), p.tOrZero(i));
        }
        return Tensor.of(out, out.length);
    }
}
