#!/usr/bin/env bash
# Neural-engine benchmark: the speed table (FNO training samples/s, one-sample inference latency, peak memory;
# latency of one PINN / DeepONet / FNO evaluation on a ~10k-node mesh;
# Java and the PyTorch peer bench/torch_fno.py side by side, repeats interleaved) and the accuracy table
# (FNO/TFNO Darcy, zero-shot super-resolution, FNO Burgers, DeepONet antiderivative, PINN sine).
#
# Usage: bench/neural.sh [--quick|--full] [--speed-only|--accuracy-only] [--rows darcy,tfno,superres,burgers,deeponet,pinn]
#                        [--epochs E] [--train N] [--test M]   (override the mode's FNO epochs and sample counts)
#                        [--tfno-rank SHARE]   (TFNO Tucker share of the dense spectral parameters; default 0.1:
#                        ranks 17,17,13,7, 10.9x fewer parameters, the largest share that stays >= 10x fewer)
#                        [--superres-input points|average]   (super-resolution inputs: point samples of the 129x129
#                        set, the FNO paper's protocol and the default, or box means around each kept node)
#                        [--superres-modes M]   (Fourier modes of the model trained on 33x33 nodes; default 12)
#                        [--superres-padding linear|zero]   (domain padding of that model: linear blend with the period
#                        fixed on the training grid, what new models get and the default; zero, the FNO paper's)
#                        [--darcy-padding zero|linear]   (the same for the Darcy 64x64 FNO and TFNO rows; default zero)
#   --full  (default) the issue's configuration: 1000 train / 100 test samples, 500 FNO epochs (the FNO paper's),
#           20000 DeepONet steps, PINN Adam 2000 + L-BFGS 2000; hours on 2 cores.
#   --quick a reduced configuration (200 train / 50 test, 12 epochs, 3000 DeepONet steps, PINN 1000 + 1000) that
#           finishes in about 10-15 minutes; its header says so, and its errors are not the targets' figures.
# Data sets come from `bin/operatorlab generate` (Darcy: darcy_fno.json with the grid set to 64x64 nodes for
# the darcy/tfno rows, and as it is, 129x129 nodes, for the super-resolution row, which subsamples it to 33x33
# and 65x65 nodes as the FNO paper does; Burgers: burgers_1d.json). Needs /usr/bin/python3 with Debian's python3-torch (and libopenblas0-pthread, so
# that torch's BLAS is OpenBLAS) for the peer, and /usr/bin/time for peak RSS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode=full speed=1 accuracy=1 rows=darcy,tfno,superres,burgers,deeponet,pinn epochs_override= train_override= test_override= tfno_rank=0.1 superres_input=points superres_modes=12 superres_padding=linear darcy_padding=zero
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) mode=quick ;;
        --full) mode=full ;;
        --speed-only) accuracy=0 ;;
        --accuracy-only) speed=0 ;;
        --rows) rows="$2"; shift ;;
        --epochs) epochs_override="$2"; shift ;;
        --train) train_override="$2"; shift ;;
        --test) test_override="$2"; shift ;;
        --tfno-rank) tfno_rank="$2"; shift ;;
        --superres-input) superres_input="$2"; shift ;;
        --superres-modes) superres_modes="$2"; shift ;;
        --superres-padding) superres_padding="$2"; shift ;;
        --darcy-padding) darcy_padding="$2"; shift ;;
        *) echo "neural.sh: unknown option $1 (use --quick, --full, --speed-only, --accuracy-only, --rows LIST, --epochs E, --train N, --test M, --tfno-rank SHARE, --superres-input points|average, --superres-modes M, --superres-padding linear|zero, --darcy-padding zero|linear)" >&2; exit 2 ;;
    esac
    shift
done
if [ "$mode" = quick ]; then
    train=200 test=50 epochs=12 burgers_epochs=12 deeponet_steps=3000 pinn_steps=1000,1000 repeats=3 steps=5
else
    train=1000 test=100 epochs=500 burgers_epochs=500 deeponet_steps=20000 pinn_steps=2000,2000 repeats=5 steps=10
fi
if [ -n "$epochs_override" ]; then epochs=$epochs_override burgers_epochs=$epochs_override mode="$mode, $epochs_override epochs"; fi
if [ -n "$train_override" ]; then train=$train_override mode="$mode, $train_override train"; fi
if [ -n "$test_override" ]; then test=$test_override mode="$mode, $test_override test"; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mvn -B -q -o install -DskipTests -pl mesh,solvers,operators -am >&2
# Run from copies: other builds in this tree may clean target/ while the benchmark runs.
cp operators/target/operatorlab-operators-*.jar "$work/operators.jar"
mvn -B -q -o dependency:build-classpath -pl operators -Dmdep.outputFile="$work/cp.txt" >/dev/null
java=(java --add-modules jdk.incubator.vector -XX:+UseParallelGC -cp "$work/operators.jar:$(cat "$work/cp.txt")")

echo "# Neural-engine benchmark ($mode configuration$([ "$mode" != full ] && echo ': REDUCED, fewer samples or epochs than the targets assume'))"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
     "$(java -version 2>&1 | head -1); $(/usr/bin/python3 -c 'import torch; print("torch", torch.__version__)')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other programs on the machine share the cores)"

if [ "$speed" = 1 ]; then
    echo
    echo "## Speed: paper 2D FNO (width 32, 12 modes, 4 layers), 64x64, batch 20, relative L2, Adam; $repeats repeats of $steps steps, Java and PyTorch alternating (PyTorch with OMP_WAIT_POLICY=PASSIVE)"
    : > "$work/speed.jsonl"
    for threads in 2 1; do
        for r in $(seq 1 "$repeats"); do
            /usr/bin/time -v -o "$work/time.txt" "${java[@]}" -XX:ActiveProcessorCount="$threads" \
                org.operatorlab.operators.bench.NeuralSpeed --steps "$steps" --repeats 1 2>/dev/null | tail -1 \
                | python3 bench/neural_rss.py "$work/time.txt" >> "$work/speed.jsonl"
            # passive OpenMP waiting: on a shared machine spinning workers lose their time slices (2-5x slower)
            OMP_WAIT_POLICY=PASSIVE /usr/bin/time -v -o "$work/time.txt" /usr/bin/python3 bench/torch_fno.py \
                --threads "$threads" --steps "$steps" \
                --repeats 1 | tail -1 | python3 bench/neural_rss.py "$work/time.txt" >> "$work/speed.jsonl"
        done
    done
    python3 bench/neural_speed_table.py "$work/speed.jsonl"
    echo
    echo "## Inference on a ~10k-node L-shape mesh: one evaluation at every node (PINN, DeepONet, FNO through the bounding grid)"
    "${java[@]}" org.operatorlab.operators.engine.InferenceLatency 0.021 15 2>/dev/null
fi

if [ "$accuracy" = 1 ]; then
    echo
    echo "## Accuracy ($mode: $train train / $test test samples, $epochs FNO epochs, $burgers_epochs Burgers epochs)"
    python3 - 64 "$work/darcy64.json" <<'PY'
import json, sys
p = json.load(open("resources/problems/darcy_fno.json"))
n = int(sys.argv[1])
p["mesh"]["nx"] = p["mesh"]["ny"] = n
p["name"] += f" ({n}x{n} grid)"
json.dump(p, open(sys.argv[2], "w"), indent=1)
PY
    total=$((train + test))
    case ",$rows," in *,darcy,*|*,tfno,*)
        bin/operatorlab generate "$work/darcy64.json" -n "$total" --seed 1 --out "$work/darcy64.npz" 2>/dev/null ;; esac
    case ",$rows," in *,superres,*)
        bin/operatorlab generate resources/problems/darcy_fno.json -n "$total" --seed 2 --out "$work/darcy129.npz" 2>/dev/null ;; esac
    case ",$rows," in *,burgers,*)
        bin/operatorlab generate resources/problems/burgers_1d.json -n "$total" --seed 3 --out "$work/burgers.npz" 2>/dev/null ;; esac
    "${java[@]}" org.operatorlab.operators.bench.NeuralAccuracy --rows "$rows" --darcy64 "$work/darcy64.npz" \
        --darcy-fine "$work/darcy129.npz" --tfno-rank "$tfno_rank" --superres-input "$superres_input" --superres-modes "$superres_modes" --superres-padding "$superres_padding" --darcy-padding "$darcy_padding" --burgers "$work/burgers.npz" --train "$train" --test "$test" --epochs "$epochs" \
        --burgers-epochs "$burgers_epochs" --deeponet-steps "$deeponet_steps" --pinn-steps "$pinn_steps" \
        2> >(grep -v '^WARNING' | awk 'NR % 5 == 1' >&2)
fi
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
