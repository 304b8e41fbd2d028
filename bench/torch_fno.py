#!/usr/bin/python3
"""PyTorch peer of OperatorLab's FNO speed benchmark (fno.FnoThroughput / bench.NeuralSpeed).

The same architecture as org.operatorlab.operators.fno.Fno with FnoConfig.paper(): input channel plus
x, y coordinate channels lifted pointwise to width 32, 4 Fourier layers (rfft2, 12 x-modes and 2 x 12
y-modes mixed by dense complex weights, plus a pointwise linear skip), GELU between layers, projection
32 -> 128 -> 1 with GELU; no padding. Relative L2 loss, Adam (lr 1e-3), float32, batch 20 on 64 x 64
by default. Inputs are the same kind of synthetic two-valued fields as the Java harness (speed does
not depend on the values).

Prints one JSON line: training samples/s per repeat and their median (wall clock, and per second of
process CPU time), inference latency for one sample (median of repeats), the parameter count, the thread count, torch's BLAS and the process's
peak RSS. Usage: bench/torch_fno.py [--n 64] [--batch 20] [--steps 10] [--repeats 5] [--threads 2]
"""
import argparse
import json
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class SpectralConv2d(nn.Module):
    def __init__(self, cin, cout, modes):
        super().__init__()
        self.modes = modes
        scale = 1.0 / (cin * cout)
        # rows 0..modes-1 (ky >= 0) and the last `modes` rows (ky < 0), as in the FNO paper's code
        self.w1 = nn.Parameter(scale * torch.rand(cin, cout, modes, modes, dtype=torch.cfloat))
        self.w2 = nn.Parameter(scale * torch.rand(cin, cout, modes, modes, dtype=torch.cfloat))

    def forward(self, x):
        b, _, ny, nx = x.shape
        m = self.modes
        xf = torch.fft.rfft2(x)
        out = torch.zeros(b, self.w1.shape[1], ny, nx // 2 + 1, dtype=torch.cfloat)
        out[:, :, :m, :m] = torch.einsum("bixy,ioxy->boxy", xf[:, :, :m, :m], self.w1)
        out[:, :, -m:, :m] = torch.einsum("bixy,ioxy->boxy", xf[:, :, -m:, :m], self.w2)
        return torch.fft.irfft2(out, s=(ny, nx))


class Fno2d(nn.Module):
    def __init__(self, width=32, modes=12, layers=4, projection=128):
        super().__init__()
        self.lift = nn.Conv2d(3, width, 1)
        self.spectral = nn.ModuleList(SpectralConv2d(width, width, modes) for _ in range(layers))
        self.skip = nn.ModuleList(nn.Conv2d(width, width, 1) for _ in range(layers))
        self.proj1 = nn.Conv2d(width, projection, 1)
        self.proj2 = nn.Conv2d(projection, 1, 1)

    def forward(self, a):
        b, _, ny, nx = a.shape
        gy, gx = torch.meshgrid(torch.linspace(0, 1, ny), torch.linspace(0, 1, nx), indexing="ij")
        grid = torch.stack([gx, gy]).unsqueeze(0).expand(b, 2, ny, nx)
        h = self.lift(torch.cat([a, grid], dim=1))
        for i, (k, w) in enumerate(zip(self.spectral, self.skip)):
            h = k(h) + w(h)
            if i + 1 < len(self.spectral):
                h = F.gelu(h)
        return self.proj2(F.gelu(self.proj1(h)))


def relative_l2(p, t):
    b = p.shape[0]
    d = (p - t).reshape(b, -1).norm(dim=1)
    return (d / t.reshape(b, -1).norm(dim=1)).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=64)
    ap.add_argument("--batch", type=int, default=20)
    ap.add_argument("--steps", type=int, default=10, help="training steps per repeat")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    n, batch = args.n, args.batch
    model = Fno2d()
    g = torch.Generator().manual_seed(2)
    x = torch.where(torch.rand(batch, 1, n, n, generator=g) < 0.5, 3.0, 12.0)
    y = 1 + 0.1 * torch.randn(batch, 1, n, n, generator=g)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        opt.zero_grad(set_to_none=True)
        loss = relative_l2(model(x), y)
        loss.backward()
        opt.step()

    for _ in range(2):
        step()
    rates, cpu_rates = [], []
    for _ in range(args.repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.steps):
            step()
        rates.append(batch * args.steps / (time.perf_counter() - t0))
        cpu_rates.append(batch * args.steps / (time.process_time() - c0))

    one = x[:1]
    latencies = []
    with torch.no_grad():
        for _ in range(3):
            model(one)
        for _ in range(max(10, 4 * args.repeats)):
            t0 = time.perf_counter()
            model(one)
            latencies.append(1e3 * (time.perf_counter() - t0))

    blas = [line.strip() for line in torch.__config__.show().splitlines() if "BLAS_INFO" in line]
    # BLAS_INFO=generic means torch calls the system libblas.so.3; name the library actually loaded
    torch.rand(64, 64) @ torch.rand(64, 64)
    loaded = sorted({line.split()[-1].rsplit("/", 1)[-1] for line in open("/proc/self/maps")
                     if "blas" in line.lower() and line.split()[-1].startswith("/")})
    print(json.dumps({
        "engine": "pytorch",
        "torch": torch.__version__,
        "blas": blas[0].split("BLAS_INFO=")[1].split(",")[0] if blas else "unknown",
        "blas_library": ",".join(loaded) or "none loaded",
        "threads": torch.get_num_threads(),
        "n": n, "batch": batch, "steps": args.steps,
        "parameters": sum(p.numel() * (2 if p.is_complex() else 1) for p in model.parameters()),
        "samples_per_s": [round(r, 3) for r in rates],
        "median_samples_per_s": round(statistics.median(rates), 3),
        "cpu_samples_per_s": [round(r, 3) for r in cpu_rates],
        "median_cpu_samples_per_s": round(statistics.median(cpu_rates), 3),
        "inference_ms_median": round(statistics.median(latencies), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))


if __name__ == "__main__":
    main()
