package org.operatorlab.operators.deeponet;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.operatorlab.operators.nn.Mlp;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * DeepONet (Lu et al., Nature Machine Intelligence 3, 2021), unstacked with a bias:
 * G(u)(y) = Σ_k b_k(u(x_1..x_m)) t_k(y) + b_0. The branch net reads the input function at m fixed
 * sensors; the trunk is a net of the coordinates (activation on its last layer too, as in the paper)
 * or a fixed {@link PodBasis} (then b_0 is the POD mean). One batched product evaluates a batch of
 * inputs at all output points.
 */
public final class DeepOnet {
    private final Mlp branch;
    private final Mlp trunk;
    private final PodBasis pod;
    private final Parameter bias;

    private DeepOnet(Mlp branch, Mlp trunk, PodBasis pod, Parameter bias) {
        this.branch = branch;
        this.trunk = trunk;
        this.pod = pod;
        this.bias = bias;
    }

    /**
     * @param branchWidths {m, hidden..., p}
     * @param trunkWidths {d, hidden..., p}
     */
    public static DeepOnet unstacked(int[] branchWidths, int[] trunkWidths, Activation activation, long seed) {
        int p = branchWidths[branchWidths.length - 1];
        if (trunkWidths[trunkWidths.length - 1] != p) {
            throw new IllegalArgumentException("branch and trunk must end in the same width p, got "
                    + p + " and " + trunkWidths[trunkWidths.length - 1]);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        return new DeepOnet(Mlp.of("branch", activation, DType.FLOAT64, rng.split(), branchWidths),
                Mlp.of("trunk", activation, DType.FLOAT64, rng.split(), trunkWidths), null,
                new Parameter("bias", Tensor.zeros(DType.FLOAT64, 1)));
    }

    /** POD-DeepONet: the branch {m, hidden...} ends in the basis size; the trunk is fixed. */
    public static DeepOnet pod(int[] branchHidden, int sensors, PodBasis basis, Activation activation, long seed) {
        int[] widths = new int[branchHidden.length + 2];
        widths[0] = sensors;
        System.arraycopy(branchHidden, 0, widths, 1, branchHidden.length);
        widths[widths.length - 1] = basis.size();
        return new DeepOnet(Mlp.of("branch", activation, DType.FLOAT64, new SplittableRandom(seed), widths), null, basis, null);
    }

    public boolean isPod() { return pod != null; }

    /** The fixed POD trunk, or null for a trained trunk net. */
    public PodBasis podBasis() { return pod; }

    /** Predictions [B, P] for inputs [B, m] at coordinates [P, d] (ignored with a POD trunk: its points are fixed). */
    public Tensor forward(Tape tape, Tensor inputs, Tensor coordinates) {
        Tensor b = branch.forward(tape, inputs);
        if (pod != null) {
            return tape.add(tape.matmul(b, tape.transpose(pod.modes())), pod.mean());
        }
        Tensor t = tape.apply(trunk.activation(), trunk.forward(tape, coordinates));
        return tape.add(tape.matmul(b, tape.transpose(t)), bias.value());
    }

    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(branch.parameters());
        if (trunk != null) {
            all.addAll(trunk.parameters());
            all.add(bias);
        }
        return all;
    }
}
