#!/usr/bin/env bash
# Data-generation throughput (samples/s, 1 and 2 threads) for the Burgers and Navier-Stokes problem files with
# the SKR solver choice. Usage: bench/generation.sh [--samples N] [--threads 1,2] [PROBLEM.json ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q -o install -DskipTests -pl mesh,solvers -am
cp solvers/target/operatorlab-solvers-*.jar "$work/solvers.jar"
mvn -B -q -o dependency:build-classpath -pl solvers -Dmdep.outputFile="$work/cp.txt" >/dev/null
args=("$@")
if ! printf '%s\n' "${args[@]+"${args[@]}"}" | grep -q '\.json$'; then
    args+=(resources/problems/burgers_1d.json resources/problems/navier_stokes_2d.json)
fi
java -cp "$work/solvers.jar:$(cat "$work/cp.txt")" org.operatorlab.solvers.bench.GenerationThroughput "${args[@]}"
