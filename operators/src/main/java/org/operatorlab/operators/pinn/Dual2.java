package org.operatorlab.operators.pinn;

/**
 * A scalar of (x, y) carried with its gradient and pure second derivatives (forward mode), enough for
 * the chain and product rules of u_xx and u_yy. Used for the known functions of the hard boundary
 * ansatz (distance function, boundary data), not for the network.
 */
record Dual2(double v, double gx, double gy, double hxx, double hyy) {
    static Dual2 constant(double c) { return new Dual2(c, 0, 0, 0, 0); }
    static Dual2 x(double x) { return new Dual2(x, 1, 0, 0, 0); }
    static Dual2 y(double y) { return new Dual2(y, 0, 1, 0, 0); }

    Dual2 plus(Dual2 o) { return new Dual2(v + o.v, gx + o.gx, gy + o.gy, hxx + o.hxx, hyy + o.hyy); }
    Dual2 minus(Dual2 o) { return new Dual2(v - o.v, gx - o.gx, gy - o.gy, hxx - o.hxx, hyy - o.hyy); }
    Dual2 times(double c) { return new Dual2(c * v, c * gx, c * gy, c * hxx, c * hyy); }

    Dual2 times(Dual2 o) {
        return new Dual2(v * o.v, gx * o.v + v * o.gx, gy * o.v + v * o.gy,
                hxx * o.v + 2 * gx * o.gx + v * o.hxx, hyy * o.v + 2 * gy * o.gy + v * o.hyy);
    }

    /** f(this) given f, f', f'' at v. */
    Dual2 map(double f, double f1, double f2) {
        return new Dual2(f, f1 * gx, f1 * gy, f1 * hxx + f2 * gx * gx, f1 * hyy + f2 * gy * gy);
    }

    Dual2 sqrt() {
        double s = Math.sqrt(v);
        return map(s, 0.5 / s, -0.25 / (s * v));
    }

    Dual2 reciprocal() {
        return map(1 / v, -1 / (v * v), 2 / (v * v * v));
    }
}
