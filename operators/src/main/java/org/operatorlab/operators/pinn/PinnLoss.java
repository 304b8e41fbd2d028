package org.operatorlab.operators.pinn;

import java.util.List;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * The PINN objective on fixed collocation points: mean squared PDE residual plus the weighted mean
 * squared residual of every soft boundary, initial and periodicity term.
 */
public final class PinnLoss {
    private final PinnNetwork network;
    private final Points interior;
    private final Tensor interiorInputs;
    private final PdeResidual residual;
    private final int secondOrder;
    private final List<BoundaryTerm> terms;
    private final double weight;

    PinnLoss(PinnNetwork network, Points interior, PdeResidual residual, int secondOrder, List<BoundaryTerm> terms,
             double weight) {
        this.network = network;
        this.interior = interior;
        this.interiorInputs = interior.inputs();
        this.residual = residual;
        this.secondOrder = secondOrder;
        this.terms = List.copyOf(terms);
        this.weight = weight;
    }

    public PinnNetwork network() { return network; }

    /** The loss, a one-element tensor recorded on {@code tape}. */
    public Tensor loss(Tape tape) {
        Tensor r = residual.apply(tape, network.jet(tape, interiorInputs, interior, secondOrder));
        Tensor total = tape.mean(tape.square(r));
        for (BoundaryTerm t : terms) {
            total = tape.add(total, tape.affine(tape.mean(tape.square(t.residual(tape, network))), weight, 0));
        }
        return total;
    }
}
