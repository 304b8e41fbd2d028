"""Speed table of bench/neural.sh from the JSON lines of NeuralSpeed (Java) and bench/torch_fno.py (PyTorch)."""
import json
import statistics
import sys

runs = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]


def pick(engine, threads, key):
    values = [v for r in runs if r["engine"] == engine and r["threads"] == threads for v in
              (r[key] if isinstance(r[key], list) else [r[key]])]
    return statistics.median(values) if values else float("nan"), values


torch_info = next((r for r in runs if r["engine"] == "pytorch"), {})
print(f"PyTorch {torch_info.get('torch', '?')}, BLAS_INFO={torch_info.get('blas', '?')}, BLAS loaded: "
      f"{torch_info.get('blas_library', '?')}; "
      "Java: Vector API GEMM/GELU kernels, float32")
print("| threads | measure | Java | PyTorch | Java / PyTorch | Java runs | PyTorch runs |")
print("|---|---|---|---|---|---|---|")
for threads in sorted({r["threads"] for r in runs}, reverse=True):
    for key, label, higher in [("samples_per_s", "training samples/s (wall)", True),
                               ("cpu_samples_per_s", "training samples per CPU-second", True),
                               ("inference_ms_median", "inference, one 64x64 sample (ms)", False),
                               ("max_rss_mb", "peak RSS (MB)", False)]:
        j, jv = pick("java", threads, key)
        p, pv = pick("pytorch", threads, key)
        ratio = j / p if higher else p / j
        fmt = lambda vs: ", ".join(f"{v:.1f}" for v in vs)
        print(f"| {threads} | {label} | {j:.2f} | {p:.2f} | {ratio:.2f}x{'' if higher else ' (PyTorch/Java)'} "
              f"| {fmt(jv)} | {fmt(pv)} |")
heap = [r["peak_heap_mb"] for r in runs if r["engine"] == "java"]
if heap:
    print(f"Java peak heap in use (JVM pools, garbage included): median {statistics.median(heap):.0f} MB")
