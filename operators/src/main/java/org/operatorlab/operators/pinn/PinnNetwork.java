package org.operatorlab.operators.pinn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * The PINN's u: the tanh MLP alone, or the hard-Dirichlet form u = g + φ N when an ansatz is given.
 * The ansatz factors of a point set are computed on first use and kept (point sets are fixed during
 * training), so the distance function is not re-evaluated on every step.
 */
public final class PinnNetwork {
    private final JetMlp mlp;
    private final DirichletAnsatz ansatz;
    private final Map<Points, Tensor[]> factors = new IdentityHashMap<>();

    PinnNetwork(JetMlp mlp, DirichletAnsatz ansatz) {
        this.mlp = mlp;
        this.ansatz = ansatz;
    }

    public List<Parameter> parameters() { return mlp.parameters(); }
    public boolean hasHardDirichlet() { return ansatz != null; }

    /** Jet of u at p, whose network input is {@code inputs} (= p.inputs(), passed to avoid rebuilding it). */
    Jet jet(Tape tape, Tensor inputs, Points p, int secondOrder) {
        Jet n = mlp.forward(tape, inputs, secondOrder);
        if (ansatz == null) {
            return n;
        }
        return ansatz.apply(tape, n, factors.computeIfAbsent(p, ansatz::factors));
    }

    /** u at the points (no gradients recorded). */
    public double[] predict(Points p) {
        Tape tape = Tape.noGrad();
        Tensor v = mlp.forward(tape, p.inputs(), 0).value();
        if (ansatz != null) {
            Tensor[] k = ansatz.factors(p);
            v = tape.add(k[0], tape.mul(k[5], v));
        }
        return v.toDoubleArray();
    }
}
