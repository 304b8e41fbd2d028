package org.operatorlab.solvers.solve;

import java.util.function.Function;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.precond.Ic0;
import org.operatorlab.solvers.precond.Ilu0;
import org.operatorlab.solvers.precond.Jacobi;
import org.operatorlab.solvers.precond.Preconditioner;

/** Builds a preconditioner for a matrix and says which one it built. One instance per solve. */
interface PreconditionerChoice {
    Preconditioner build(CsrMatrix a);

    /** The name for statistics, valid after {@link #build}. */
    String name();

    static PreconditionerChoice named(String name, Function<CsrMatrix, Preconditioner> build) {
        return new PreconditionerChoice() {
            @Override public Preconditioner build(CsrMatrix a) { return build.apply(a); }
            @Override public String name() { return name; }
        };
    }

    static PreconditionerChoice none() {
        return named("none", a -> Preconditioner.identity());
    }

    static PreconditionerChoice ilu0() {
        return named("ilu0", Ilu0::of);
    }

    /**
     * IC(0), or Jacobi where IC(0) meets a non-positive pivot (P1 stiffness on meshes with obtuse angles is
     * SPD but not always an M-matrix, and IC(0) exists for M-matrices only).
     */
    static PreconditionerChoice ic0() {
        return new PreconditionerChoice() {
            private String name = "ic0";

            @Override
            public Preconditioner build(CsrMatrix a) {
                try {
                    name = "ic0";
                    return Ic0.of(a);
                } catch (IllegalArgumentException breakdown) {
                    name = "jacobi (ic0 broke down)";
                    return Jacobi.of(a);
                }
            }

            @Override public String name() { return name; }
        };
    }
}
