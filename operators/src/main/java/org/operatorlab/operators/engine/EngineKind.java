package org.operatorlab.operators.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The four neural engines, by the names the CLI and model files use. */
public enum EngineKind {
    /** Fourier neural operator with dense spectral weights. */
    FNO,
    /** Tensorized FNO: Tucker-factorised spectral weights. */
    TFNO,
    /** DeepONet: branch net on sensor values, trunk net (or POD basis) on coordinates. */
    DEEPONET,
    /** Physics-informed network of one problem, trained on its PDE residual. */
    PINN;

    /** The lower-case name: fno, tfno, deeponet, pinn. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the engine learns from a data set (all but the PINN, which learns from the problem itself). */
    public boolean learnsFromData() {
        return this != PINN;
    }

    /** Parses fno|tfno|deeponet|pinn (case-insensitive); anything else is a one-line error listing them. */
    public static EngineKind parse(String name) {
        for (EngineKind k : values()) {
            if (k.key().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("--engine must be one of " + names() + ", got '" + name + "'");
    }

    /** "fno|tfno|deeponet|pinn". */
    public static String names() {
        return Arrays.stream(values()).map(EngineKind::key).collect(Collectors.joining("|"));
    }
}
