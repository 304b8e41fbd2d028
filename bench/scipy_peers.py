#!/usr/bin/env python3
"""SciPy peers for bench/recycling.sh: the same systems (exported by RecyclingBenchmark as .npz, the first ones
of the SKR order), solved with spsolve, cg, gmres + spilu (several settings; the strongest on 3 systems is used
and printed), cg + that spilu, and gcrotmk with its CU recycle space carried across the sequence (time-capped;
the row says how many systems it ran). Residuals are recomputed as ||b - A x|| / ||b||; wall and thread-CPU
times per system are medians. SciPy's sparse solvers run on one thread.

Usage: scipy_peers.py SYSTEMS.npz [--methods all|spsolve,gmres] [--skr WALL_MS CPU_MS] [--gcrotmk-seconds S]"""
import argparse
import time

import numpy as np
import scipy
import scipy.sparse as sp
import scipy.sparse.linalg as spla

TOL = 1e-8
ILU_SETTINGS = [
    dict(permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0),
    dict(permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0, drop_tol=1e-5, fill_factor=20),
    dict(permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0, drop_tol=1e-4, fill_factor=10),
]  # COLAMD ordering was probed too and is ~50x slower here (20 s for 3 systems), so it is left out.


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


def measure(label, systems, solve, budget_s=None):
    """solve(a, b, state) -> (x, iterations); state is a dict carried across the sequence. Stops after the
    system that exceeds budget_s seconds in total."""
    wall, cpu, its, worst, state, start = [], [], 0, 0.0, {}, time.perf_counter()
    for a, b in systems:
        t0, c0 = time.perf_counter(), time.thread_time()
        x, k = solve(a, b, state)
        wall.append((time.perf_counter() - t0) * 1e3)
        cpu.append((time.thread_time() - c0) * 1e3)
        its += k
        worst = max(worst, rel_res(a, b, x))
        if budget_s is not None and time.perf_counter() - start > budget_s:
            break
    return dict(label=label, systems=len(wall), wall=float(np.median(wall)), cpu=float(np.median(cpu)), its=its,
                worst=worst)


def show(row, skr):
    ratio = "" if skr is None else f" {row['wall'] / skr[0]:8.1f}x {row['cpu'] / skr[1]:8.1f}x"
    print(f"| {row['label']:58s} | {row['systems']:7d} | {row['wall']:9.1f} | {row['cpu']:9.1f} | {row['its']:10d} "
          f"| {row['worst']:11.2e} |{ratio}", flush=True)


def counting(method, **kw):
    def solve(a, b, state, M=None):
        count = [0]
        x, info = method(a, b, rtol=TOL, M=M, callback=lambda *_: count.__setitem__(0, count[0] + 1), **kw)
        return x, count[0]
    return solve


def ilu_operator(a, settings):
    ilu = spla.spilu(a.tocsc(), **settings)
    return spla.LinearOperator(a.shape, ilu.solve)


def gmres_ilu(settings):
    return lambda a, b, s: counting(spla.gmres, restart=30, callback_type="pr_norm")(a, b, s, M=ilu_operator(a, settings))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("systems")
    parser.add_argument("--methods", default="all")
    parser.add_argument("--skr", nargs=2, type=float, metavar=("WALL_MS", "CPU_MS"))
    parser.add_argument("--gcrotmk-seconds", type=float, default=90)
    args = parser.parse_args()
    systems = load(args.systems)
    every = args.methods == "all"
    skr = args.skr
    print(f"SciPy {scipy.__version__}, NumPy {np.__version__}: {len(systems)} systems (the first of the SKR order), "
          f"{systems[0][0].shape[0]} unknowns, rtol {TOL:g}" + ("" if skr is None else
          f"; last columns: SciPy time / SKR time (SKR {skr[0]:.1f} ms wall, {skr[1]:.1f} ms cpu)"), flush=True)
    print(f"| {'method (SciPy, 1 thread)':58s} | {'systems':>7s} | {'wall ms':>9s} | {'cpu ms':>9s} | {'iterations':>10s} "
          f"| {'max rel res':>11s} |" + ("" if skr is None else " vs SKR (wall, cpu)"), flush=True)
    show(measure("scipy spsolve (SuperLU)", systems, lambda a, b, s: (spla.spsolve(a.tocsc(), b), 0)), skr)
    if every:
        show(measure("scipy cg, no preconditioner", systems, lambda a, b, s: counting(spla.cg)(a, b, s)), skr)
    # The strongest spilu setting for gmres, chosen by median wall time on the first 3 systems.
    probes = [(st, measure("probe", systems[:3], gmres_ilu(st))) for st in ILU_SETTINGS]
    settings = min(probes, key=lambda p: p[1]["wall"])[0]
    desc = ", ".join(f"{k}={v!r}" for k, v in settings.items())
    print(f"  spilu settings probed on 3 systems (gmres wall ms): "
          + "; ".join(f"{i}: {p[1]['wall']:.1f}" for i, p in enumerate(probes)) + f"; chosen: spilu({desc})", flush=True)
    show(measure("scipy gmres(30) + spilu (chosen settings)", systems, gmres_ilu(settings)), skr)
    if every:
        show(measure("scipy cg + spilu (chosen settings)", systems,
                     lambda a, b, s: counting(spla.cg)(a, b, s, M=ilu_operator(a, settings))), skr)

        resets = [0]

        def gcrot(a, b, state):
            count = [0]
            M = ilu_operator(a, settings)
            try:
                x, info = spla.gcrotmk(a, b, x0=state.get("x"), rtol=TOL, m=30, k=10, M=M, CU=state.setdefault("CU", []),
                                       callback=lambda *_: count.__setitem__(0, count[0] + 1))
            except ValueError:  # a stale CU can make gcrotmk's QR see NaNs: drop it and solve this system afresh
                resets[0] += 1
                state["CU"] = []
                x, info = spla.gcrotmk(a, b, x0=state.get("x"), rtol=TOL, m=30, k=10, M=M, CU=state["CU"],
                                       callback=lambda *_: count.__setitem__(0, count[0] + 1))
            state["x"] = x
            return x, count[0]
        row = measure("scipy gcrotmk(30,10) + spilu, CU carried, x0 = prev", systems, gcrot, budget_s=args.gcrotmk_seconds)
        show(row, skr)
        print(f"  gcrotmk: stopped after {row['systems']} systems ({args.gcrotmk_seconds:g} s cap); CU reset after a NaN "
              f"breakdown {resets[0]} times", flush=True)


if __name__ == "__main__":
    main()
