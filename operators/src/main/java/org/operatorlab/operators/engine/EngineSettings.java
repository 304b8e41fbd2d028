package org.operatorlab.operators.engine;

/**
 * Everything a training run of any engine needs; fields an engine does not use are ignored by it.
 * {@link #defaults(EngineKind)} gives each engine sensible values; the CLI and GUI override some.
 *
 * @param epochs passes over the data (PINN: full-batch Adam steps)
 * @param batch mini-batch size in samples (unused by the PINN, which trains full-batch)
 * @param learningRate Adam's base rate (cosine schedule for data engines, constant for the PINN)
 * @param width FNO: channels of the Fourier layers; DeepONet: hidden width and latent size p; PINN: hidden width
 * @param modes FNO: Fourier modes per axis; DeepONet with a POD trunk: number of POD modes
 * @param layers FNO: Fourier layers; DeepONet and PINN: hidden layers of each net
 * @param rank TFNO: share of the dense spectral parameters the Tucker factors keep
 * @param validation share of the samples held out for validation (data engines)
 * @param patience early stopping after this many epochs without a better validation error; 0: off
 * @param seed weights, shuffles, split and collocation points
 * @param trunk DeepONet: a trained trunk net or a POD basis of the training outputs
 * @param sensors DeepONet: at most this many input values (evenly spread over the nodes) feed the branch
 * @param lbfgsIterations PINN: L-BFGS iterations after Adam
 * @param collocationPoints PINN: interior collocation points (boundary and initial points: a fifth of it)
 * @param gridSize FNO on a triangle mesh: nodes per axis of the bounding-box grid it runs on
 * @param exactBoundary PINN: impose Dirichlet conditions exactly through a distance function where the
 *                      problem allows it (steady, one Dirichlet value on every boundary); false: loss terms
 */
public record EngineSettings(EngineKind kind, int epochs, int batch, double learningRate, int width, int modes,
                             int layers, double rank, double validation, int patience, long seed, Trunk trunk,
                             int sensors, int lbfgsIterations, int collocationPoints, int gridSize,
                             boolean exactBoundary) {
    /** The DeepONet trunk. */
    public enum Trunk { NET, POD;
        /** net|pod. */
        public static Trunk parse(String name) {
            return switch (name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "net" -> NET;
                case "pod" -> POD;
                default -> throw new IllegalArgumentException("--trunk must be net or pod, got '" + name + "'");
            };
        }
    }

    public EngineSettings {
        if (kind == null || trunk == null) {
            throw new IllegalArgumentException("engine settings need an engine and a trunk kind");
        }
        if (epochs < 1 || batch < 1 || width < 1 || modes < 1 || layers < 1 || sensors < 1 || gridSize < 4
                || lbfgsIterations < 0 || collocationPoints < 1) {
            throw new IllegalArgumentException("epochs, batch, width, modes, layers, sensors and collocation points must be"
                    + " >= 1, L-BFGS iterations >= 0 and the grid size >= 4; got epochs=" + epochs + " batch=" + batch
                    + " width=" + width + " modes=" + modes + " layers=" + layers + " sensors=" + sensors + " points="
                    + collocationPoints + " lbfgs=" + lbfgsIterations + " grid=" + gridSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + learningRate);
        }
        if (!(rank > 0 && rank <= 1)) {
            throw new IllegalArgumentException("--rank must be a share in (0, 1], got " + rank);
        }
        if (!(validation >= 0 && validation < 1)) {
            throw new IllegalArgumentException("--validation must be a share in [0, 1), got " + validation);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("--patience must be >= 0, got " + patience);
        }
    }

    /**
     * FNO/TFNO: the FNO paper's width 32, 12 modes, 4 layers, 100 epochs of batch 20 (TFNO keeps 10% of
     * the spectral weights). DeepONet: 3 hidden layers of 64, 500 epochs, at most 1024 sensors. PINN:
     * 3 x 32 tanh, 1000 Adam steps then up to 1000 L-BFGS iterations on 1000 collocation points.
     */
    public static EngineSettings defaults(EngineKind kind) {
        return switch (kind) {
            case FNO -> new EngineSettings(kind, 100, 20, 1e-3, 32, 12, 4, 1, 0.1, 0, 0, Trunk.NET, 1024, 0, 1000, 64, true);
            case TFNO -> new EngineSettings(kind, 100, 20, 1e-3, 32, 12, 4, 0.1, 0.1, 0, 0, Trunk.NET, 1024, 0, 1000, 64, true);
            case DEEPONET -> new EngineSettings(kind, 500, 20, 1e-3, 64, 16, 3, 1, 0.1, 0, 0, Trunk.NET, 1024, 0, 1000, 64, true);
            case PINN -> new EngineSettings(kind, 1000, 1, 1e-3, 32, 1, 3, 1, 0, 0, 1, Trunk.NET, 1024, 1000, 1000, 64, true);
        };
    }

    public EngineSettings withEpochs(int v) { return new EngineSettings(kind, v, batch, learningRate, width, modes, layers, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withBatch(int v) { return new EngineSettings(kind, epochs, v, learningRate, width, modes, layers, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withLearningRate(double v) { return new EngineSettings(kind, epochs, batch, v, width, modes, layers, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withWidth(int v) { return new EngineSettings(kind, epochs, batch, learningRate, v, modes, layers, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withModes(int v) { return new EngineSettings(kind, epochs, batch, learningRate, width, v, layers, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withLayers(int v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, v, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withRank(double v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, v, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withValidation(double v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, v, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withPatience(int v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, validation, v, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withSeed(long v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, validation, patience, v, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withTrunk(Trunk v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, validation, patience, seed, v, sensors, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withSensors(int v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, validation, patience, seed, trunk, v, lbfgsIterations, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withLbfgsIterations(int v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, validation, patience, seed, trunk, sensors, v, collocationPoints, gridSize, exactBoundary); }
    public EngineSettings withCollocationPoints(int v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, v, gridSize, exactBoundary); }
    public EngineSettings withExactBoundary(boolean v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, gridSize, v); }
    public EngineSettings withGridSize(int v) { return new EngineSettings(kind, epochs, batch, learningRate, width, modes, layers, rank, validation, patience, seed, trunk, sensors, lbfgsIterations, collocationPoints, v, exactBoundary); }
}
