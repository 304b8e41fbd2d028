#!/usr/bin/env bash
# Sorting Krylov Recycling benchmark: the FNO-paper Darcy sequence (5-point FD, Table 1) and the same fields on a
# P1 mesh (Table 2), with SciPy peers on the first systems of each SKR order.
# Usage: bench/recycling.sh [RecyclingBenchmark options, e.g. --systems 100 --precond ic0 --mesh-systems 40]
# Defaults produce the headline tables of bench/RESULTS.md (about 5 minutes on 2 quiet cores, 15-30 loaded).
# Builds mesh + solvers (offline Maven), runs org.operatorlab.solvers.bench.RecyclingBenchmark, which exports
# the systems to .npz, then bench/scipy_peers.py on them (pyenv python3 with SciPy).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q -o install -DskipTests -pl mesh,solvers -am
# Run from copies: other builds in this tree may clean target/ while the benchmark runs.
cp solvers/target/operatorlab-solvers-*.jar "$work/solvers.jar"
mvn -B -q -o dependency:build-classpath -pl solvers -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "$work/solvers.jar:$(cat "$work/cp.txt")" org.operatorlab.solvers.bench.RecyclingBenchmark \
    --export "$work/grid.npz" --export-mesh "$work/mesh.npz" --summary "$work/skr.txt" "$@"
# One BLAS thread for SciPy, as for our solves: on a loaded 2-core machine OpenBLAS worker threads spin
# against other processes and made scipy cg and gcrotmk 6-40x slower in wall time (measured 2026-11-30).
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
echo
echo "Table 1, SciPy peers:"
read -r _ wall cpu < <(grep '^grid ' "$work/skr.txt")
python3 bench/scipy_peers.py "$work/grid.npz" --skr "$wall" "$cpu"
if grep -q '^mesh ' "$work/skr.txt"; then
    echo
    echo "Table 2, SciPy peers:"
    read -r _ wall cpu < <(grep '^mesh ' "$work/skr.txt")
    python3 bench/scipy_peers.py "$work/mesh.npz" --methods spsolve,gmres --skr "$wall" "$cpu"
fi
