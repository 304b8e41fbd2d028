package org.operatorlab.operators.fno;

import java.util.SplittableRandom;
import org.operatorlab.operators.nn.Adam;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.solvers.fft.FftPlans;

/**
 * Training throughput of the paper's 2D FNO (width 32, 12 modes, 4 layers, projection 128) on a
 * 64 x 64 grid, batch 20, relative L2 loss, Adam: samples per second of forward + backward + update,
 * the figure compared with PyTorch by {@code bench/neural.sh} (whose harness,
 * {@code org.operatorlab.operators.bench.NeuralSpeed}, uses the pieces below). Run alone with
 * {@code java --add-modules jdk.incubator.vector -cp ... org.operatorlab.operators.fno.FnoThroughput [n] [batch] [steps] [NONE|TUCKER|CP]}.
 */
public final class FnoThroughput {
    private final Fno fno;
    private final Adam adam;
    private final Tensor input;
    private final Tensor target;

    /** The paper's model (seed 1) with Adam 1e-3 and a synthetic batch of two-valued inputs (values do not change speed). */
    public FnoThroughput(FnoConfig config, int n, int batch) {
        this.fno = new Fno(config, 2, 1, 1, DType.FLOAT32, 1, new FftPlans());
        SplittableRandom rng = new SplittableRandom(2);
        float[] x = new float[batch * n * n], y = new float[batch * n * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < 0.5 ? 3 : 12;
            y[i] = (float) (1 + rng.nextGaussian() * 0.1);
        }
        this.input = Tensor.of(x, batch, 1, n, n);
        this.target = Tensor.of(y, batch, 1, n, n);
        this.adam = Adam.adam(fno.parameters(), 1e-3);
    }

    public Fno model() { return fno; }
    public int batch() { return input.dim(0); }

    /** One training step: forward, relative L2 loss, backward, Adam update. */
    public void step() {
        Tape tape = Tape.recording();
        adam.zeroGrad();
        Tensor loss = tape.relativeL2(fno.forward(tape, input), target);
        tape.backward(loss);
        adam.step();
    }

    /** Inference on the first sample of the batch, nothing recorded. */
    public Tensor predictOne() {
        int n = input.dim(3);
        float[] one = new float[n * n];
        for (int i = 0; i < one.length; i++) {
            one[i] = (float) input.get(i);
        }
        return fno.forward(Tape.noGrad(), Tensor.of(one, 1, 1, n, n));
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        FnoConfig config = args.length > 3 ? FnoConfig.paper().withFactorization(Factorization.valueOf(args[3]), 0.1)
                : FnoConfig.paper();
        FnoThroughput run = new FnoThroughput(config, n, batch);
        for (int i = 0; i < 2; i++) {
            run.step();
        }
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            run.step();
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        System.out.printf("FNO %s %dx%d batch %d: %.1f ms/step, %.2f samples/s, %d parameters%n", config.factorization(),
                n, n, batch, 1e3 * seconds / steps, batch * steps / seconds, run.model().parameterCount());
    }
}
