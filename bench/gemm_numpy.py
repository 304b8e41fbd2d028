"""NumPy peer for org.operatorlab.operators.bench.GemmBenchmark.

Usage: python3 gemm_numpy.py REPS CASE...   with CASE = nn:M:N:K | nt:M:N:K | cmodes:MODES:B:CIN:COUT
Prints one line per case: "<case> <median seconds>". float32 for nn/nt (C = A B, C = A B^T),
complex128 for the per-mode products Z[q] = X[q] W[q] (as the Java kernel, in double).
"""
import sys
import time

import numpy as np


def median_time(fn, reps):
    fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def main():
    reps = int(sys.argv[1])
    rng = np.random.default_rng(0)
    for case in sys.argv[2:]:
        kind, *dims = case.split(":")
        dims = [int(d) for d in dims]
        if kind in ("nn", "nt"):
            m, n, k = dims
            a = rng.standard_normal((m, k), dtype=np.float32)
            b = rng.standard_normal((k, n) if kind == "nn" else (n, k), dtype=np.float32)
            c = np.empty((m, n), dtype=np.float32)
            fn = (lambda: np.matmul(a, b, out=c)) if kind == "nn" else (lambda: np.matmul(a, b.T, out=c))
        elif kind == "cmodes":
            q, batch, cin, cout = dims
            x = rng.standard_normal((q, batch, cin)) + 1j * rng.standard_normal((q, batch, cin))
            w = rng.standard_normal((q, cin, cout)) + 1j * rng.standard_normal((q, cin, cout))
            z = np.empty((q, batch, cout), dtype=np.complex128)
            fn = lambda: np.matmul(x, w, out=z)
        else:
            raise SystemExit("unknown case " + case)
        print(case, median_time(fn, reps), flush=True)


if __name__ == "__main__":
    main()
