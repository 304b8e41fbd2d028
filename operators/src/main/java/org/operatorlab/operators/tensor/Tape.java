package org.operatorlab.operators.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * Reverse-mode automatic differentiation: every operation goes through a tape, which records it
 * (output, inputs, adjoint) when any input requires a gradient. Operations are recorded in execution
 * order, which is already a topological order, so {@link #backward} replays the list backwards.
 *
 * <p>A tape made by {@link #noGrad()} records nothing (evaluation and inference). A tape belongs to
 * one forward/backward pass on one thread; kernels inside an operation may use several threads
 * (see {@link Gemm}). The operations themselves live in small classes ({@link Elementwise},
 * {@link Reductions}, {@link MatMul}, {@link Reshaping}, {@link Losses}, {@link SpectralConv});
 * the methods below are their front door.
 */
public final class Tape {
    private record Node(Tensor output, Tensor[] inputs, Backward backward) {
    }

    private final boolean recording;
    private final Gemm gemm;
    private final List<Node> nodes = new ArrayList<>();

    public Tape(boolean recording, Gemm gemm) {
        this.recording = recording;
        this.gemm = gemm;
    }

    /** A recording tape with the default GEMM (SIMD if available, all cores). */
    public static Tape recording() {
        return new Tape(true, Gemm.defaults());
    }

    /** A tape that records nothing: for evaluation. */
    public static Tape noGrad() {
        return new Tape(false, Gemm.defaults());
    }

    public boolean isRecording() { return recording; }
    public Gemm gemm() { return gemm; }
    /** Number of recorded operations. */
    public int size() { return nodes.size(); }

    /** Records {@code output = op(inputs)} if this tape records and any input requires a gradient. */
    Tensor record(Tensor output, Backward backward, Tensor... inputs) {
        if (!recording) {
            return output;
        }
        for (Tensor in : inputs) {
            if (in != null && in.requiresGrad()) {
                output.markInterior();
                nodes.add(new Node(output, inputs, backward));
                return output;
            }
        }
        return output;
    }

    /** True when the gradient for {@code t} is wanted. */
    static boolean wants(Tensor t) {
        return t != null && t.requiresGrad();
    }

    /**
     * Back-propagates from a one-element tensor: adds d(loss)/d(leaf) into the gradient of every leaf
     * that requires one, then clears the tape (interior gradients are dropped).
     */
    public void backward(Tensor loss) {
        if (loss.size() != 1) {
            throw new IllegalArgumentException("backward needs a one-element loss, got shape " + Shapes.text(loss.shape()));
        }
        if (!loss.requiresGrad()) {
            throw new IllegalStateException("the loss does not depend on any tensor that requires a gradient");
        }
        loss.gradBuffer().set(0, loss.gradBuffer().get(0) + 1);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            Tensor g = node.output().grad();
            if (g != null) {
                node.backward().apply(g);
            }
        }
        clear();
    }

    /** Forgets recorded operations (and their interior gradients) without back-propagating. */
    public void clear() {
        for (Node node : nodes) {
            node.output().dropGrad();
        }
        nodes.clear();
    }

    // ---- front door: elementwise ----
    public Tensor add(Tensor a, Tensor b) { return Elementwise.binary(this, Elementwise.Binary.ADD, a, b); }
    public Tensor sub(Tensor a, Tensor b) { return Elementwise.binary(this, Elementwise.Binary.SUB, a, b); }
    public Tensor mul(Tensor a, Tensor b) { return Elementwise.binary(this, Elementwise.Binary.MUL, a, b); }
    public Tensor div(Tensor a, Tensor b) { return Elementwise.binary(this, Elementwise.Binary.DIV, a, b); }
    /** x * c + d for constants c, d. */
    public Tensor affine(Tensor x, double c, double d) { return Elementwise.affine(this, x, c, d); }
    public Tensor square(Tensor x) { return Elementwise.unary(this, Activation.SQUARE, x); }
    public Tensor sqrt(Tensor x) { return Elementwise.unary(this, Activation.SQRT, x); }
    public Tensor exp(Tensor x) { return Elementwise.unary(this, Activation.EXP, x); }
    public Tensor tanh(Tensor x) { return Elementwise.unary(this, Activation.TANH, x); }
    public Tensor sin(Tensor x) { return Elementwise.unary(this, Activation.SIN, x); }
    public Tensor gelu(Tensor x) { return Elementwise.unary(this, Activation.GELU, x); }
    public Tensor relu(Tensor x) { return Elementwise.unary(this, Activation.RELU, x); }
    public Tensor apply(Activation f, Tensor x) { return Elementwise.unary(this, f, x); }

    // ---- reductions ----
    public Tensor sum(Tensor x) { return Reductions.sum(this, x); }
    public Tensor mean(Tensor x) { return Reductions.mean(this, x); }
    /** Sum over one axis (removed from the shape). */
    public Tensor sum(Tensor x, int axis) { return Reductions.sum(this, x, axis); }
    public Tensor mean(Tensor x, int axis) { return Reductions.mean(this, x, axis); }

    // ---- products ----
    /** [m,k]x[k,n], or batched [b,m,k]x[b,k,n] (a 2D right factor is shared by the batch). */
    public Tensor matmul(Tensor a, Tensor b) { return MatMul.matmul(this, a, b); }
    /** Pointwise linear map over channels: x [batch, in, points], w [out, in], bias [out] or null. */
    public Tensor channelLinear(Tensor x, Tensor w, Tensor bias) { return MatMul.channelLinear(this, x, w, bias); }

    // ---- shapes ----
    public Tensor reshape(Tensor x, int... shape) { return Reshaping.reshape(this, x, shape); }
    public Tensor permute(Tensor x, int... axes) { return Reshaping.permute(this, x, axes); }
    /** Swaps the last two axes. */
    public Tensor transpose(Tensor x) { return Reshaping.transpose(this, x); }
    public Tensor concat(int axis, Tensor... parts) { return Reshaping.concat(this, axis, parts); }
    /** Elements [from, to) along {@code axis}. */
    public Tensor slice(Tensor x, int axis, int from, int to) { return Reshaping.slice(this, x, axis, from, to); }

    // ---- losses ----
    public Tensor mse(Tensor prediction, Tensor target) { return Losses.mse(this, prediction, target); }
    /** Mean over the leading (batch) axis of ||prediction - target|| / ||target||. */
    public Tensor relativeL2(Tensor prediction, Tensor target) { return Losses.relativeL2(this, prediction, target); }

    // ---- spectral ----
    /** FNO spectral convolution; see {@link SpectralConv}. */
    public Tensor spectralConv(SpectralConv conv, Tensor x, Tensor weight) { return conv.apply(this, x, weight); }
}
