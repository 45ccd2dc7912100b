"""Times PyTorch's CPU conv2d on the shapes of dlprep.app.bench.ConvBenchmark, for comparison.

Run with the system Python (Debian's python3-torch): /usr/bin/python3 tools/bench_pytorch_conv.py [threads]
Each case runs forward + backward (input, weight and bias gradients), as ConvBenchmark's "fwd+bwd" does;
warm-up first, then the median of the timed repeats, in milliseconds.
"""
import statistics
import sys
import time

import torch
import torch.nn.functional as F

# name, (N, inC, H, W), (outC, kernel), padding: the same four layers as ConvBenchmark.CASES.
CASES = [
    ("lenet-conv1", (256, 1, 28, 28), (6, 5), 2),
    ("lenet-conv2", (256, 6, 14, 14), (16, 5), 0),
    ("resnet-3x3", (32, 64, 56, 56), (64, 3), 1),
    ("1x1", (32, 256, 56, 56), (64, 1), 0),
]
WARMUP_SECONDS = 1.5
REPEATS = 7


def median_ms(work):
    end = time.perf_counter() + WARMUP_SECONDS
    runs = 0
    while runs < 2 or time.perf_counter() < end:
        work()
        runs += 1
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    torch.set_num_threads(threads)
    torch.manual_seed(42)
    print(f"torch {torch.__version__}, {threads} threads, mkldnn={torch.backends.mkldnn.is_available()}")
    for name, (n, c, h, w), (out_c, k), pad in CASES:
        x = torch.rand(n, c, h, w) * 2 - 1
        weight = (torch.rand(out_c, c, k, k) * 2 - 1).requires_grad_()
        bias = (torch.rand(out_c) * 2 - 1).requires_grad_()
        x.requires_grad_()

        y_shape = F.conv2d(x, weight, bias, padding=pad).shape
        dy = torch.rand(y_shape) * 2 - 1

        def forward():
            with torch.no_grad():
                F.conv2d(x, weight, bias, padding=pad)

        def forward_backward():
            y = F.conv2d(x, weight, bias, padding=pad)
            return torch.autograd.grad(y, (x, weight, bias), dy)

        flops = 2.0 * n * out_c * y_shape[2] * y_shape[3] * c * k * k
        fwd = median_ms(forward)
        both = median_ms(forward_backward)
        print(f"{name:12s} fwd {fwd:8.2f} ms {flops / fwd / 1e6:7.1f} GFLOP/s   "
              f"fwd+bwd {both:8.2f} ms {3 * flops / both / 1e6:7.1f} GFLOP/s")


if __name__ == "__main__":
    main()
