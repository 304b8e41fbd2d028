package org.operatorlab.solvers.problem;

import java.util.Set;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;

/**
 * A coefficient given as an exp4j expression in x, y and t (constants pi and e; functions sin, cos,
 * exp, sqrt, abs, log, ...; {@code ^} is the power). Compiled once; exp4j's {@link Expression} keeps
 * its variables in mutable state, so every evaluator gets its own copy of the compiled form.
 * Equal when the source text is equal.
 */
public final class ExpressionCoefficient implements DeterministicCoefficient {
    public static final Set<String> VARIABLES = Set.of("x", "y", "t");

    private final String source;
    private final Expression compiled;

    private ExpressionCoefficient(String source, Expression compiled) {
        this.source = source;
        this.compiled = compiled;
    }

    /**
     * Compiles {@code source}.
     *
     * @throws IllegalArgumentException with a one-line reason when it does not parse or uses a name
     *     other than x, y, t, pi, e and the built-in functions
     */
    public static ExpressionCoefficient of(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("the expression is empty; expected a formula in x, y, t such as \"sin(pi*x)\"");
        }
        Expression e;
        try {
            e = new ExpressionBuilder(source).variables(VARIABLES).build();
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("expression \"" + source + "\" does not parse: " + reason(ex)
                    + "; expected a formula in x, y, t (constants pi, e)");
        }
        ValidationResult check = e.validate(false);
        if (!check.isValid()) {
            throw new IllegalArgumentException("expression \"" + source + "\" does not parse: "
                    + String.join("; ", check.getErrors()) + "; expected a formula in x, y, t (constants pi, e)");
        }
        return new ExpressionCoefficient(source, e);
    }

    public String source() { return source; }

    @Override
    public PointFunction evaluator() {
        Expression own = new Expression(compiled);
        return (x, y, t) -> own.setVariable("x", x).setVariable("y", y).setVariable("t", t).evaluate();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpressionCoefficient other && source.equals(other.source);
    }

    @Override
    public int hashCode() { return source.hashCode(); }

    @Override
    public String toString() { return "ExpressionCoefficient[" + source + "]"; }

    private static String reason(RuntimeException ex) {
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
