package org.operatorlab.operators.fno;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.operatorlab.operators.nn.Linear;
import org.operatorlab.operators.nn.Mlp;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.SpectralConv;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.Normalization;
import org.operatorlab.operators.train.OperatorModel;
import org.operatorlab.solvers.fft.FftPlans;

/**
 * Fourier neural operator (Li et al. 2021) on 1D or 2D uniform grids; with factorised spectral weights
 * it is the TFNO (Kossaifi et al. 2023). Forward pass:
 * <ol>
 * <li>normalise the input channels and append the grid coordinates (x, then y, in [0, 1]);</li>
 * <li>lift pointwise to {@code width} channels;</li>
 * <li>pad to the right (and top) by {@code padding} of each axis, with zeros or a linear blend back to the
 * first value ({@link PaddingMode}); with a fixed {@code period} the padded length keeps the same
 * physical period on every grid;</li>
 * <li>{@code layers} Fourier layers, GELU between them;</li>
 * <li>crop the padding, project pointwise width -> projectionWidth -> out with GELU, de-normalise.</li>
 * </ol>
 * Spectral weights belong to Fourier modes, not grid points, so one model evaluates on any grid whose
 * size holds the modes (a spectral convolution is built per grid size and cached). Grids are indexed
 * [batch, channels, nx] in 1D and [batch, channels, ny, nx] in 2D; a 3D version adds an axis to the
 * same steps.
 */
public final class Fno implements OperatorModel {
    public static final String ENGINE = "fno";

    private final FnoConfig config;
    private final int dimension;
    private final int inChannels;
    private final int outChannels;
    private final DType dtype;
    private final Linear lifting;
    private final List<FourierLayer> layers;
    private final Mlp projection;
    private final FftPlans plans;
    private final Map<List<Integer>, SpectralConv> convolutions = new ConcurrentHashMap<>();
    private volatile Normalization normalization;

    /** A freshly initialised model; {@code seed} fixes every initial weight. */
    public Fno(FnoConfig config, int dimension, int inChannels, int outChannels, DType dtype, long seed, FftPlans plans) {
        if (dimension < 1 || dimension > 2) {
            throw new IllegalArgumentException("FNO supports 1D and 2D grids, got dimension " + dimension);
        }
        if (inChannels < 1 || outChannels < 1) {
            throw new IllegalArgumentException("FNO needs >= 1 input and output channels, got " + inChannels + " and " + outChannels);
        }
        this.config = config;
        this.dimension = dimension;
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.dtype = dtype;
        this.plans = plans;
        SplittableRandom rng = new SplittableRandom(seed);
        int w = config.width();
        this.lifting = Linear.glorot("lifting", inChannels + dimension, w, dtype, rng);
        int[] spectralShape = {w, w, modesY(), config.modes(), 2};
        List<FourierLayer> list = new ArrayList<>();
        for (int l = 0; l < config.layers(); l++) {
            list.add(new FourierLayer(
                    SpectralWeights.create("layer" + l + ".spectral", config.factorization(), config.rank(), spectralShape, dtype, rng),
                    Linear.he("layer" + l + ".skip", w, w, dtype, rng)));
        }
        this.layers = List.copyOf(list);
        this.projection = Mlp.of("projection", Activation.GELU, dtype, rng, w, config.projectionWidth(), outChannels);
        this.normalization = Normalization.identity(inChannels, outChannels);
    }

    public FnoConfig config() { return config; }
    public int dimension() { return dimension; }
    public List<FourierLayer> layers() { return layers; }

    @Override public int inChannels() { return inChannels; }
    @Override public int outChannels() { return outChannels; }
    @Override public DType dtype() { return dtype; }
    @Override public Normalization normalization() { return normalization; }

    @Override
    public void setNormalization(Normalization n) {
        if (n.input().channels() != inChannels || n.output().channels() != outChannels) {
            throw new IllegalArgumentException("normalization for " + n.input().channels() + "/" + n.output().channels()
                    + " channels given to an FNO with " + inChannels + "/" + outChannels);
        }
        this.normalization = n;
    }

    /** Retained rows of the 2D spectrum: modes non-negative and modes negative frequencies. */
    private int modesY() {
        return dimension == 1 ? 1 : 2 * config.modes();
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(lifting.parameters());
        for (FourierLayer l : layers) {
            all.addAll(l.parameters());
        }
        all.addAll(projection.parameters());
        return all;
    }

    @Override
    public Tensor forward(Tape tape, Tensor input) {
        int[] s = input.shape();
        if (s.length != 2 + dimension || s[1] != inChannels) {
            throw new IllegalArgumentException("FNO (" + dimension + "D, " + inChannels + " input channels) takes [batch, "
                    + inChannels + (dimension == 1 ? ", nx]" : ", ny, nx]") + ", got " + Arrays.toString(s));
        }
        int batch = s[0];
        int ny = dimension == 1 ? 1 : s[2];
        int nx = s[s.length - 1];
        Tensor x = tape.reshape(input, batch, inChannels, ny, nx);
        Tensor h = tape.concat(1, normalization.input().encode(tape, x), coordinates(batch, ny, nx));
        h = pointwise(tape, lifting::forward, h);
        int padY = dimension == 1 ? 0 : config.paddedLength(ny, false) - ny;
        int padX = config.paddedLength(nx, true) - nx;   // the real FFT's halved axis needs an even length
        h = pad(tape, h, 3, padX);
        h = pad(tape, h, 2, padY);
        SpectralConv conv = convolution(ny + padY, nx + padX);
        for (int l = 0; l < layers.size(); l++) {
            h = layers.get(l).forward(tape, conv, h);
            if (l + 1 < layers.size()) {
                h = tape.gelu(h);
            }
        }
        if (padX > 0) {
            h = tape.slice(h, 3, 0, nx);
        }
        if (padY > 0) {
            h = tape.slice(h, 2, 0, ny);
        }
        Tensor y = normalization.output().decode(tape, pointwise(tape, projection::forward, h));
        return dimension == 1 ? tape.reshape(y, batch, outChannels, nx) : y;
    }

    private interface ChannelMap {
        Tensor apply(Tape tape, Tensor x);
    }

    /** Applies a channel map to [batch, c, ny, nx] through its [batch, c, points] form. */
    private static Tensor pointwise(Tape tape, ChannelMap f, Tensor h) {
        int[] s = h.shape();
        Tensor y = f.apply(tape, tape.reshape(h, s[0], s[1], s[2] * s[3]));
        return tape.reshape(y, s[0], y.dim(1), s[2], s[3]);
    }

    /** Appends {@code count} slices along {@code axis}, filled as the config's padding mode says. */
    private Tensor pad(Tape tape, Tensor h, int axis, int count) {
        if (count == 0) {
            return h;
        }
        if (config.paddingMode() == PaddingMode.ZERO) {
            int[] zs = h.shape();
            zs[axis] = count;
            return tape.concat(axis, h, Tensor.zeros(h.dtype(), zs));
        }
        int n = h.dim(axis);
        Tensor first = tape.slice(h, axis, 0, 1), last = tape.slice(h, axis, n - 1, n);
        Tensor[] parts = new Tensor[count + 1];
        parts[0] = h;
        for (int m = 1; m <= count; m++) {
            double t = (double) m / (count + 1);   // from the last value (t = 0) back to the first (t = 1)
            parts[m] = tape.add(tape.affine(last, 1 - t, 0), tape.affine(first, t, 0));
        }
        return tape.concat(axis, parts);
    }

    /** Coordinate channels x_j = j / (nx - 1) (and y_i = i / (ny - 1) in 2D), repeated over the batch. */
    private Tensor coordinates(int batch, int ny, int nx) {
        Tensor c = Tensor.zeros(dtype, batch, dimension, ny, nx);
        int plane = ny * nx;
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < ny; i++) {
                for (int j = 0; j < nx; j++) {
                    int at = b * dimension * plane + i * nx + j;
                    c.set(at, nx > 1 ? (double) j / (nx - 1) : 0);
                    if (dimension == 2) {
                        c.set(at + plane, ny > 1 ? (double) i / (ny - 1) : 0);
                    }
                }
            }
        }
        return c;
    }

    private SpectralConv convolution(int ny, int nx) {
        int my = modesY(), mx = config.modes();
        if (mx > nx / 2 + 1 || (dimension == 2 && my > ny)) {
            throw new IllegalArgumentException("FNO with " + mx + " modes needs a (padded) grid of at least "
                    + (dimension == 2 ? my + " x " : "") + 2 * (mx - 1) + " points, got "
                    + (dimension == 2 ? ny + " x " : "") + nx);
        }
        return convolutions.computeIfAbsent(List.of(ny, nx), k -> new SpectralConv(plans, ny, nx, my, mx));
    }

    /** Spectral parameters summed over layers (what factorisation compresses). */
    public long spectralParameterCount() {
        long n = 0;
        for (FourierLayer l : layers) {
            n += l.spectral().parameterCount();
        }
        return n;
    }
}
