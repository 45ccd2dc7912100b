"""Trains Dive into Deep Learning's LeNet on Fashion-MNIST with PyTorch, to compare with `dlprep run`.

Run with the system Python (Debian's python3-torch and dataset-fashion-mnist):
    /usr/bin/python3 tools/train_pytorch_lenet.py [sigmoid|relu|relu-d2l] [seed] [threads]
The settings of the lab's lenet and lenet-modern experiments: SGD, batch 256, 10 epochs, and
- sigmoid (d2l's train_ch6, `dlprep run lenet`): sigmoid + average pooling, Xavier-uniform weights, lr 0.9,
  images scaled to [0, 1];
- relu (`dlprep run lenet-modern`): ReLU + max pooling, He-uniform weights (kaiming_uniform_, fan in, ReLU
  gain) except in the output layer, which keeps PyTorch's default, lr 0.1, images standardised with the
  training images' mean and standard deviation;
- relu-d2l: the same ReLU network trained as d2l would, Xavier-uniform weights and images in [0, 1] (what
  lenet-modern did before 2026-11-27).
Prints one line per epoch: test accuracy and seconds (training plus evaluation).
"""
import gzip
import sys
import time

import numpy as np
import torch
from torch import nn

DATA = "/usr/share/datasets/fashion-mnist"


def idx(name, offset):
    with gzip.open(f"{DATA}/{name}", "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def load(prefix):
    images = idx(f"{prefix}-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28).astype(np.float32) / 255
    labels = idx(f"{prefix}-labels-idx1-ubyte.gz", 8).astype(np.int64)
    return torch.from_numpy(images), torch.from_numpy(labels)


def lenet(relu):
    act = nn.ReLU if relu else nn.Sigmoid
    pool = (lambda: nn.MaxPool2d(2, 2)) if relu else (lambda: nn.AvgPool2d(2, 2))
    return nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), act(), pool(), nn.Conv2d(6, 16, 5), act(), pool(),
                         nn.Flatten(), nn.Linear(400, 120), act(), nn.Linear(120, 84), act(), nn.Linear(84, 10))


def main():
    variant = sys.argv[1] if len(sys.argv) > 1 else "relu"
    if variant not in ("sigmoid", "relu", "relu-d2l"):
        sys.exit(f"unknown variant {variant!r}: expected sigmoid, relu or relu-d2l")
    relu = variant != "sigmoid"
    he = variant == "relu"
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else 2)
    torch.manual_seed(seed)
    train_x, train_y = load("train")
    test_x, test_y = load("t10k")
    if he:
        mean, std = train_x.mean(), train_x.std()
        train_x, test_x = (train_x - mean) / std, (test_x - mean) / std
    net = lenet(relu)
    layers = [m for m in net if isinstance(m, (nn.Linear, nn.Conv2d))]
    for m in layers[:-1] if he else layers:
        if he:
            nn.init.kaiming_uniform_(m.weight, nonlinearity="relu")
        else:
            nn.init.xavier_uniform_(m.weight)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1 if relu else 0.9)
    loss = nn.CrossEntropyLoss()
    for epoch in range(1, 11):
        start = time.perf_counter()
        net.train()
        for batch in torch.randperm(len(train_x)).split(256):
            optimizer.zero_grad()
            loss(net(train_x[batch]), train_y[batch]).backward()
            optimizer.step()
        net.eval()
        with torch.no_grad():
            correct = sum((net(x).argmax(1) == y).sum().item() for x, y in zip(test_x.split(256), test_y.split(256)))
        print(f"epoch {epoch}: test acc {correct / len(test_x):.4f}, {time.perf_counter() - start:.2f} s", flush=True)


if __name__ == "__main__":
    main()
