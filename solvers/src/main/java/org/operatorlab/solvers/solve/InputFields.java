package org.operatorlab.solvers.solve;

import java.util.List;
import org.operatorlab.mesh.field.Field;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.CoefficientSlot;
import org.operatorlab.solvers.problem.Problem;

/** The problem's coefficients as nodal fields named after their slots, the drawn random input included. */
final class InputFields {
    private InputFields() { }

    /** {@code fields} plus every coefficient at the nodes at time t (a velocity as a 2-component field). */
    static FieldSet add(FieldSet fields, Problem problem, NodePoints nodes, RandomInput random, double t) {
        FieldSet out = fields;
        for (CoefficientSlot slot : problem.pde().family().coefficients()) {
            List<Coefficient> value = problem.pde().coefficients().get(slot.name());
            double[] drawn = random == null ? null : random.valuesOf(slot.name());
            if (drawn != null) {
                out = out.withNodal(slot.name(), drawn);
            } else if (value.size() == 1) {
                out = out.withNodal(slot.name(), nodes.values(NodePoints.deterministic(value.get(0), slot.name()), t));
            } else {
                double[] interleaved = new double[value.size() * nodes.count()];
                for (int c = 0; c < value.size(); c++) {
                    double[] v = nodes.values(NodePoints.deterministic(value.get(c), slot.name()), t);
                    for (int i = 0; i < v.length; i++) {
                        interleaved[i * value.size() + c] = v[i];
                    }
                }
                out = out.with(Field.nodalVector(slot.name(), value.size(), interleaved));
            }
        }
        return out;
    }
}
