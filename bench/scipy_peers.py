#!/usr/bin/env python3
"""SciPy peers for bench/recycling.sh: the same Darcy systems (exported by RecyclingBenchmark as .npz),
solved with spsolve, cg, gmres + spilu (several settings; the strongest is reported) and gcrotmk with its
CU recycle space carried across the sequence. Residuals recomputed as ||b - A x|| / ||b||."""
import sys
import time

import numpy as np
import scipy
import scipy.sparse as sp
import scipy.sparse.linalg as spla


def load(path):
    data = np.load(path)
    n = sum(1 for k in data.files if k.endswith("_rhs"))
    systems = []
    for k in range(n):
        rhs = data[f"sys{k}_rhs"]
        a = sp.csr_matrix((data[f"sys{k}_data"], data[f"sys{k}_indices"], data[f"sys{k}_indptr"]),
                          shape=(rhs.size, rhs.size))
        systems.append((a, rhs))
    return systems


def rel_res(a, b, x):
    return np.linalg.norm(b - a @ x) / np.linalg.norm(b)


def run(label, systems, solve):
    row = measure(label, systems, solve)
    if label != "probe":
        print(f"{row[0]:58s} {row[1]:7d} {row[2]:12.1f} {row[3]:12d} {row[4]:12.2e}", flush=True)
    return row


def measure(label, systems, solve):
    """solve(a, b, state) -> (x, iterations); state is a dict carried across the sequence."""
    times, its, worst, state = [], 0, 0.0, {}
    for a, b in systems:
        t0 = time.perf_counter()
        x, k = solve(a, b, state)
        times.append((time.perf_counter() - t0) * 1e3)
        its += k
        worst = max(worst, rel_res(a, b, x))
    return label, len(systems), float(np.median(times)), its, worst


def counting(method, **kw):
    def solve(a, b, state, M=None):
        count = [0]
        x, info = method(a, b, rtol=TOL, M=M, callback=lambda *_: count.__setitem__(0, count[0] + 1), **kw)
        return x, count[0]
    return solve


def ilu_operator(a, settings):
    ilu = spla.spilu(a.tocsc(), **settings)
    return spla.LinearOperator(a.shape, ilu.solve)


ILU_SETTINGS = [
    dict(permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0),
    dict(permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0, drop_tol=1e-5, fill_factor=20),
    dict(permc_spec="COLAMD"),
]

TOL = 1e-8


def main():
    path = sys.argv[1]
    systems = load(path)
    print(f"SciPy {scipy.__version__}, NumPy {np.__version__}: {len(systems)} systems (the first of the SKR order), "
          f"{systems[0][0].shape[0]} unknowns, rtol {TOL:g}", flush=True)
    print(f"{'method (SciPy, this run)':58s} {'systems':>7s} {'ms/system':>12s} {'iterations':>12s} {'max rel res':>12s}",
          flush=True)
    rows = [run("scipy spsolve (SuperLU)", systems, lambda a, b, s: (spla.spsolve(a.tocsc(), b), 0))]
    rows.append(run("scipy cg, no preconditioner", systems, lambda a, b, s: counting(spla.cg)(a, b, s)))
    # The strongest spilu setting for gmres, chosen on the first 5 systems.
    best = None
    for settings in ILU_SETTINGS:
        row = run("probe", systems[:3], lambda a, b, s, st=settings: counting(spla.gmres, restart=30,
                  callback_type="pr_norm")(a, b, s, M=ilu_operator(a, st)))
        if best is None or row[2] < best[1][2]:
            best = (settings, row)
    settings = best[0]
    desc = ", ".join(f"{k}={v!r}" for k, v in settings.items())
    rows.append(run(f"scipy gmres(30) + spilu({desc})", systems,
                    lambda a, b, s: counting(spla.gmres, restart=30, callback_type="pr_norm")(a, b, s,
                                                                                           M=ilu_operator(a, settings))))
    rows.append(run(f"scipy cg + spilu({desc})", systems,
                    lambda a, b, s: counting(spla.cg)(a, b, s, M=ilu_operator(a, settings))))

    def gcrot(a, b, state, precondition):
        count = [0]
        M = ilu_operator(a, settings) if precondition else None
        x, info = spla.gcrotmk(a, b, x0=state.get("x"), rtol=TOL, m=30, k=10, M=M, CU=state.setdefault("CU", []),
                               callback=lambda *_: count.__setitem__(0, count[0] + 1))
        state["x"] = x
        return x, count[0]
    rows.append(run(f"scipy gcrotmk(30,10) + spilu, CU carried, x0 = prev", systems,
                    lambda a, b, s: gcrot(a, b, s, True)))


if __name__ == "__main__":
    main()
