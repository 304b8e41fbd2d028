package org.operatorlab.operators.fno;

import java.util.ArrayList;
import java.util.List;
import org.operatorlab.operators.nn.Linear;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.SpectralConv;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/** One Fourier layer without its activation: K(h) = spectralConv(h) + W h + b over channels. */
public final class FourierLayer {
    private final SpectralWeights spectral;
    private final Linear skip;

    public FourierLayer(SpectralWeights spectral, Linear skip) {
        this.spectral = spectral;
        this.skip = skip;
    }

    public SpectralWeights spectral() { return spectral; }

    /** h: [batch, width, ny, nx] on the grid of {@code conv}. */
    public Tensor forward(Tape tape, SpectralConv conv, Tensor h) {
        int[] s = h.shape();
        Tensor global = tape.spectralConv(conv, h, spectral.dense(tape));
        Tensor local = skip.forward(tape, tape.reshape(h, s[0], s[1], s[2] * s[3]));
        return tape.add(global, tape.reshape(local, s[0], skip.out(), s[2], s[3]));
    }

    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(spectral.parameters());
        all.addAll(skip.parameters());
        return all;
    }
}
