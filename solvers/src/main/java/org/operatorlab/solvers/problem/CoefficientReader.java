package org.operatorlab.solvers.problem;

import java.util.List;

/** Reads coefficient values: numbers, expression strings and {@code {"random": {...}}} objects. */
final class CoefficientReader {
    private final JsonReading read;

    CoefficientReader(JsonReading read) {
        this.read = read;
    }

    /** A number, an expression, or a random field. */
    Coefficient any(Json.Value v, int dimension) {
        if (v instanceof Json.Obj obj) {
            JsonReading.Fields f = read.fields(obj, "a random coefficient", "random");
            return new RandomCoefficient(randomField(f.required("random", "a random field {\"type\": \"grf\", ...}"), dimension));
        }
        if (v instanceof Json.Num || v instanceof Json.Str) {
            return deterministic(v, dimension);
        }
        throw read.error(v, "expected a number, an expression string or {\"random\": {...}}, found " + v.kind());
    }

    /** A number or an expression in x, y, t. */
    DeterministicCoefficient deterministic(Json.Value v, int dimension) {
        if (v instanceof Json.Num n) {
            return new Constant(n.value());
        }
        if (v instanceof Json.Str s) {
            return read.build(v, () -> ExpressionCoefficient.of(s.value()));
        }
        throw read.error(v, "expected a number or an expression string in x, y, t, found " + v.kind());
    }

    RandomFieldSpec randomField(Json.Value v, int dimension) {
        Json.Obj obj = read.object(v, "a random field");
        Json.Value typeValue = obj.get("type");
        if (typeValue == null) {
            throw read.error(obj, "missing key \"type\"; expected grf or grf_threshold");
        }
        String type = read.choice(typeValue, "random field type", List.of("grf", "grf_threshold"));
        if (type.equals("grf")) {
            JsonReading.Fields f = read.fields(obj, "a grf", "type", "alpha", "tau", "sigma", "mean");
            double alpha = f.positive("alpha");
            double tau = f.positive("tau");
            double sigma = f.has("sigma") ? read.positive(f.get("sigma")) : RandomFieldSpec.defaultSigma(alpha, tau, dimension);
            double mean = f.number("mean", 0);
            return read.build(obj, () -> new RandomFieldSpec.Grf(alpha, tau, sigma, mean));
        }
        JsonReading.Fields f = read.fields(obj, "a grf_threshold", "type", "alpha", "tau", "sigma", "threshold", "above", "below");
        double alpha = f.positive("alpha");
        double tau = f.positive("tau");
        double sigma = f.has("sigma") ? read.positive(f.get("sigma")) : RandomFieldSpec.defaultSigma(alpha, tau, dimension);
        double threshold = f.number("threshold", 0);
        double above = f.number("above");
        double below = f.number("below");
        return read.build(obj, () -> new RandomFieldSpec.GrfThreshold(alpha, tau, sigma, threshold, above, below));
    }
}
