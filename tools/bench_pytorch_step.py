"""Times PyTorch training steps of the networks of dlprep.app.bench.StepBenchmark, for comparison.

Run with the system Python (Debian's python3-torch): /usr/bin/python3 tools/bench_pytorch_step.py [threads]
A step is what StepBenchmark times: zero_grad, forward, cross-entropy, backward, SGD with momentum 0.9, on
one fixed batch of random images. The networks are written out as in the models module: LeNet with ReLU and
max pooling (batch 256), and ResNet-18 with the 28x28 stem (3x3 convolution stride 2, batch norm, ReLU,
3x3 max pool stride 2; basic blocks without convolution biases, 1x1 projections) at batch 64.
Prints the median step time in milliseconds after a warm-up.
"""
import statistics
import sys
import time

import torch
from torch import nn


def lenet():
    return nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2, 2),
                         nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2, 2), nn.Flatten(),
                         nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


class Residual(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.branch = nn.Sequential(nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(),
                                    nn.Conv2d(cout, cout, 3, 1, 1, bias=False), nn.BatchNorm2d(cout))
        self.shortcut = None
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        return torch.relu(self.branch(x) + (x if self.shortcut is None else self.shortcut(x)))


def resnet18():
    layers = [nn.Conv2d(1, 64, 3, 2, 1, bias=False), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(3, 2, 1)]
    cin = 64
    for stage, cout in enumerate([64, 128, 256, 512]):
        for block in range(2):
            layers.append(Residual(cin, cout, 2 if block == 0 and stage > 0 else 1))
            cin = cout
    layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(512, 10)]
    return nn.Sequential(*layers)


def median_step_ms(net, batch, warmup_seconds=4.0, repeats=15):
    x = torch.rand(batch, 1, 28, 28)
    labels = torch.randint(0, 10, (batch,))
    sgd = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    loss = nn.CrossEntropyLoss()

    def step():
        sgd.zero_grad()
        loss(net(x), labels).backward()
        sgd.step()

    end = time.perf_counter() + warmup_seconds
    while time.perf_counter() < end:
        step()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
    torch.manual_seed(0)
    print(f"lenet-modern batch 256: {median_step_ms(lenet(), 256):.2f} ms")
    print(f"resnet18 batch 64: {median_step_ms(resnet18(), 64):.2f} ms")


if __name__ == "__main__":
    main()
