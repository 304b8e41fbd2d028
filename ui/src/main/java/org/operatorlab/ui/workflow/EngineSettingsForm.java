package org.operatorlab.ui.workflow;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.operatorlab.operators.engine.EngineKind;
import org.operatorlab.operators.engine.EngineSettings;

/**
 * The hyper-parameters of one engine as a form, filled with {@link EngineSettings#defaults} whenever the
 * engine changes; only the parameters the engine uses are shown. {@link #read()} parses them back and
 * marks the first field at fault in place.
 */
public final class EngineSettingsForm extends GridPane {
    private static final String FAULT_STYLE = "-fx-border-color: #d32f2f; -fx-border-width: 1.5;";

    /** One hyper-parameter: its label, what it means, and how it reads from and into the settings. */
    enum Param {
        EPOCHS("Epochs", "Passes over the training data", s -> s.epochs(), (s, v) -> s.withEpochs(whole(v, 1))),
        BATCH("Batch size", "Samples per Adam step", s -> s.batch(), (s, v) -> s.withBatch(whole(v, 1))),
        LEARNING_RATE("Learning rate", "Adam's base rate", s -> s.learningRate(), (s, v) -> s.withLearningRate(positive(v))),
        WIDTH("Width", "Channels (FNO) or hidden units (DeepONet, PINN) per layer", s -> s.width(),
                (s, v) -> s.withWidth(whole(v, 1))),
        MODES("Fourier modes", "Fourier modes kept per axis", s -> s.modes(), (s, v) -> s.withModes(whole(v, 1))),
        LAYERS("Layers", "Fourier layers (FNO) or hidden layers (DeepONet, PINN)", s -> s.layers(),
                (s, v) -> s.withLayers(whole(v, 1))),
        RANK("Rank share", "Share of the dense spectral weights the Tucker factors keep, in (0, 1]", s -> s.rank(),
                (s, v) -> s.withRank(share(v, false))),
        TRUNK("Trunk", "net: a trained trunk network; pod: POD modes of the training outputs", s -> s.trunk(),
                (s, v) -> s.withTrunk(EngineSettings.Trunk.parse(v))),
        SENSORS("Sensors", "Input values (spread over the nodes) the branch net reads", s -> s.sensors(),
                (s, v) -> s.withSensors(whole(v, 1))),
        VALIDATION("Validation share", "Share of the samples held out to measure the error, in [0, 1)",
                s -> s.validation(), (s, v) -> s.withValidation(share(v, true))),
        PATIENCE("Patience", "Stop after this many epochs without a better validation error; 0 trains every epoch",
                s -> s.patience(), (s, v) -> s.withPatience(whole(v, 0))),
        LBFGS("L-BFGS iterations", "Quasi-Newton iterations after the Adam steps", s -> s.lbfgsIterations(),
                (s, v) -> s.withLbfgsIterations(whole(v, 0))),
        POINTS("Collocation points", "Points inside the domain where the PDE residual is minimised",
                s -> s.collocationPoints(), (s, v) -> s.withCollocationPoints(whole(v, 1))),
        SEED("Seed", "Seeds the weights, shuffles, split and points", s -> s.seed(),
                (s, v) -> s.withSeed(whole(v, 0)));

        final String label;
        final String help;
        final Function<EngineSettings, Object> get;
        final BiFunction<EngineSettings, String, EngineSettings> set;

        Param(String label, String help, Function<EngineSettings, Object> get, BiFunction<EngineSettings, String, EngineSettings> set) {
            this.label = label;
            this.help = help;
            this.get = get;
            this.set = set;
        }
    }

    private final Map<Param, TextField> fields = new EnumMap<>(Param.class);
    private final Map<Param, Label> labels = new EnumMap<>(Param.class);
    private EngineKind kind;

    public EngineSettingsForm(EngineKind kind) {
        setHgap(8);
        setVgap(4);
        for (Param p : Param.values()) {
            TextField f = new TextField();
            f.setPrefColumnCount(7);
            f.setId("param-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            f.setTooltip(new Tooltip(p.help));
            Label l = new Label(p.label);
            l.setTooltip(new Tooltip(p.help));
            fields.put(p, f);
            labels.put(p, l);
        }
        setEngine(kind);
    }

    /** Shows {@code kind}'s parameters with its defaults. */
    public void setEngine(EngineKind kind) {
        this.kind = kind;
        EngineSettings defaults = EngineSettings.defaults(kind);
        // only the engine's own rows, so no gaps are left where other engines' parameters were
        getChildren().clear();
        int row = 0;
        for (Param p : used(kind)) {
            fields.get(p).setText(String.valueOf(p.get.apply(defaults)).toLowerCase(Locale.ROOT));
            fields.get(p).setStyle("");
            addRow(row++, labels.get(p), fields.get(p));
        }
        labels.get(Param.EPOCHS).setText(kind == EngineKind.PINN ? "Adam steps" : "Epochs");
        labels.get(Param.MODES).setText(kind == EngineKind.DEEPONET ? "POD modes" : "Fourier modes");
    }

    public EngineKind engine() {
        return kind;
    }

    /** The parameters each engine uses. */
    static Set<Param> used(EngineKind kind) {
        return switch (kind) {
            case FNO -> EnumSet.of(Param.EPOCHS, Param.BATCH, Param.LEARNING_RATE, Param.WIDTH, Param.MODES, Param.LAYERS,
                    Param.VALIDATION, Param.PATIENCE, Param.SEED);
            case TFNO -> EnumSet.of(Param.EPOCHS, Param.BATCH, Param.LEARNING_RATE, Param.WIDTH, Param.MODES, Param.LAYERS,
                    Param.RANK, Param.VALIDATION, Param.PATIENCE, Param.SEED);
            case DEEPONET -> EnumSet.of(Param.EPOCHS, Param.BATCH, Param.LEARNING_RATE, Param.WIDTH, Param.LAYERS, Param.TRUNK,
                    Param.MODES, Param.SENSORS, Param.VALIDATION, Param.PATIENCE, Param.SEED);
            case PINN -> EnumSet.of(Param.EPOCHS, Param.LEARNING_RATE, Param.WIDTH, Param.LAYERS, Param.LBFGS, Param.POINTS,
                    Param.SEED);
        };
    }

    /** Sets one parameter's text, as a user typing it would (for tests and presets). */
    public void set(String param, String text) {
        fields.get(Param.valueOf(param.toUpperCase(Locale.ROOT).replace('-', '_'))).setText(text);
    }

    /**
     * The settings the form holds.
     *
     * @throws IllegalArgumentException naming the first parameter at fault, whose field is marked
     */
    public EngineSettings read() {
        EngineSettings s = EngineSettings.defaults(kind);
        for (TextField f : fields.values()) {
            f.setStyle("");
        }
        for (Param p : used(kind)) {
            TextField f = fields.get(p);
            try {
                s = p.set.apply(s, f.getText().strip());
            } catch (IllegalArgumentException e) {
                f.setStyle(FAULT_STYLE);
                f.requestFocus();
                throw new IllegalArgumentException(labels.get(p).getText() + ": " + e.getMessage(), e);
            }
        }
        return s;
    }

    private static int whole(String text, int min) {
        try {
            int v = Integer.parseInt(text);
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a whole number >= " + min + ", got '" + text + "'");
    }

    private static double positive(String text) {
        double v = number(text);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("must be a positive number, got '" + text + "'");
        }
        return v;
    }

    private static double share(String text, boolean zeroAllowed) {
        double v = number(text);
        if (zeroAllowed ? !(v >= 0 && v < 1) : !(v > 0 && v <= 1)) {
            throw new IllegalArgumentException("must be a share in " + (zeroAllowed ? "[0, 1)" : "(0, 1]") + ", got '" + text + "'");
        }
        return v;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number, got '" + text + "'");
        }
    }
}
