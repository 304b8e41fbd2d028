#!/usr/bin/env bash
# Sorting Krylov Recycling benchmark on the FNO-paper Darcy sequence, with SciPy peers on the same matrices.
# Usage: bench/recycling.sh [RecyclingBenchmark options, e.g. --systems 200 --precond fast-poisson]
# Builds mesh + solvers (offline Maven), runs org.operatorlab.solvers.bench.RecyclingBenchmark, exports
# the first systems of the SKR order to an .npz, and runs bench/scipy_peers.py on them (pyenv python3).
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
    --export "$work/systems.npz" "$@"
python3 bench/scipy_peers.py "$work/systems.npz"
