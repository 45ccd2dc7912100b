#!/usr/bin/python3
"""Runs the same image operations with `dlprep image` and with OpenCV and prints how far apart they are.

For every op: the largest absolute difference in gray levels over the whole image and over its interior
(the image without a margin as wide as the filter reaches, so a difference that only the border handling
makes shows as "whole > interior"), and how many pixels differ at all. Run with Debian's python3, which has
OpenCV 4.6 (python3-opencv):

    /usr/bin/python3 tools/compare_opencv.py [--input IMAGE] [--dlprep ./dlprep] [--work DIR]

Without --input it compares on the gallery's generated test image (`dlprep image demo`) in gray.
"""
import argparse
import os
import subprocess
import sys
import tempfile

import cv2
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_dlprep(dlprep, args):
    done = subprocess.run([dlprep, "image"] + args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("dlprep image %s failed: %s" % (" ".join(args), done.stderr.strip()))


def read_gray(path):
    img = cv2.imread(path, cv2.IMREAD_UNCHANGED)
    if img is None:
        sys.exit("cannot read " + path)
    return img


def sobel(g, dx, dy, k, border=cv2.BORDER_DEFAULT):
    return cv2.convertScaleAbs(cv2.Sobel(g, cv2.CV_32F, dx, dy, ksize=k, borderType=border))


# (label, dlprep op and options, OpenCV on the gray image, margin in output pixels that the filter reads past)
CASES = [
    ("equalize", ["equalize"], lambda g: cv2.equalizeHist(g), 0),
    ("gaussian 5x5, sigma from size", ["gaussian", "--ksize", "5", "--sigma", "0"],
     lambda g: cv2.GaussianBlur(g, (5, 5), 0), 2),
    ("gaussian sigma 2, size from sigma (13)", ["gaussian", "--ksize", "0", "--sigma", "2"],
     lambda g: cv2.GaussianBlur(g, (0, 0), 2), 6),
    ("gaussian 31x31 sigma 5", ["gaussian", "--ksize", "31", "--sigma", "5"],
     lambda g: cv2.GaussianBlur(g, (31, 31), 5), 15),
    ("gaussian 7x7 sigma 1.5, replicate", ["gaussian", "--ksize", "7", "--sigma", "1.5", "--border", "replicate"],
     lambda g: cv2.GaussianBlur(g, (7, 7), 1.5, borderType=cv2.BORDER_REPLICATE), 3),
    ("gaussian 7x7 sigma 1.5, reflect", ["gaussian", "--ksize", "7", "--sigma", "1.5", "--border", "reflect"],
     lambda g: cv2.GaussianBlur(g, (7, 7), 1.5, borderType=cv2.BORDER_REFLECT), 3),
    ("gaussian 7x7 sigma 1.5, constant 0", ["gaussian", "--ksize", "7", "--sigma", "1.5", "--border", "constant"],
     lambda g: cv2.GaussianBlur(g, (7, 7), 1.5, borderType=cv2.BORDER_CONSTANT), 3),
    ("box 5x5", ["box", "--ksize", "5"], lambda g: cv2.blur(g, (5, 5)), 2),
    ("median 5x5", ["median", "--ksize", "5"], lambda g: cv2.medianBlur(g, 5), 2),
    # Rows where the border modes differ on purpose: only the margin may differ.
    ("median 5x5, ours reflect101 (medianBlur: replicate only)", ["median", "--ksize", "5", "--border", "reflect101"],
     lambda g: cv2.medianBlur(g, 5), 2),
    ("sobel dx, ours replicate vs OpenCV's default reflect101", ["sobel", "--dx", "1", "--dy", "0", "--border", "replicate"],
     lambda g: sobel(g, 1, 0, 3), 1),
    ("sobel dx ksize 3", ["sobel", "--dx", "1", "--dy", "0", "--ksize", "3"], lambda g: sobel(g, 1, 0, 3), 1),
    ("sobel dy ksize 3", ["sobel", "--dx", "0", "--dy", "1", "--ksize", "3"], lambda g: sobel(g, 0, 1, 3), 1),
    ("sobel dx ksize 1", ["sobel", "--dx", "1", "--dy", "0", "--ksize", "1"], lambda g: sobel(g, 1, 0, 1), 1),
    ("sobel dx ksize 5", ["sobel", "--dx", "1", "--dy", "0", "--ksize", "5"], lambda g: sobel(g, 1, 0, 5), 2),
    ("sobel dxx ksize 3", ["sobel", "--dx", "2", "--dy", "0", "--ksize", "3"], lambda g: sobel(g, 2, 0, 3), 1),
    # OpenCV's filters refuse BORDER_WRAP; copyMakeBorder does it, and the filter then reads inside only.
    ("sobel dx ksize 3, wrap", ["sobel", "--dx", "1", "--dy", "0", "--border", "wrap"],
     lambda g: sobel(cv2.copyMakeBorder(g, 1, 1, 1, 1, cv2.BORDER_WRAP), 1, 0, 3)[1:-1, 1:-1], 1),
    ("scharr dx", ["scharr", "--dx", "1", "--dy", "0"],
     lambda g: cv2.convertScaleAbs(cv2.Scharr(g, cv2.CV_32F, 1, 0)), 1),
    ("laplacian ksize 1", ["laplacian", "--ksize", "1"],
     lambda g: cv2.convertScaleAbs(cv2.Laplacian(g, cv2.CV_32F, ksize=1)), 1),
    ("laplacian ksize 3", ["laplacian", "--ksize", "3"],
     lambda g: cv2.convertScaleAbs(cv2.Laplacian(g, cv2.CV_32F, ksize=3)), 1),
    ("pyrDown", ["pyrdown"], lambda g: cv2.pyrDown(g), 1),
    ("pyrUp", ["pyrup"], lambda g: cv2.pyrUp(g), 4),
    ("canny 50/150 (edge pixels)", ["canny", "--low", "50", "--high", "150", "--sigma", "0"],
     lambda g: cv2.Canny(g, 50, 150), 1),
    ("canny 50/150 L2 (edge pixels)", ["canny", "--low", "50", "--high", "150", "--sigma", "0", "--l2", "true"],
     lambda g: cv2.Canny(g, 50, 150, L2gradient=True), 1),
]


def saturation(bgr, factor):
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hsv[..., 1] = np.clip(np.rint(hsv[..., 1] * factor), 0, 255).astype(np.uint8)
    return cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)


def equalize_value(bgr):
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hsv[..., 2] = cv2.equalizeHist(hsv[..., 2])
    return cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)


# The same on the colour image (OpenCV's 8-bit HSV both ways), all three channels compared.
COLOR_CASES = [
    ("saturation x1.8 (RGB -> HSV -> RGB)", ["saturation", "--factor", "1.8"], lambda c: saturation(c, 1.8), 0),
    ("equalize colour (the HSV value channel)", ["equalize"], equalize_value, 0),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", help="an image file (default: the gallery's test image)")
    parser.add_argument("--dlprep", default=os.path.join(ROOT, "dlprep"), help="the dlprep launcher")
    parser.add_argument("--work", help="folder for the intermediate files (default: a temporary one)")
    opts = parser.parse_args()
    work = opts.work or tempfile.mkdtemp(prefix="compare-opencv-")
    os.makedirs(work, exist_ok=True)
    source = opts.input
    if source is None:
        subprocess.run([opts.dlprep, "image", "demo", "--out", os.path.join(work, "demo")], check=True,
                       capture_output=True)
        source = os.path.join(work, "demo", "input.png")
    source = os.path.abspath(source)

    rows = []
    ours_gray = os.path.join(work, "gray.png")
    run_dlprep(opts.dlprep, ["gray", source, ours_gray])
    bgr = cv2.imread(source, cv2.IMREAD_COLOR)
    rows.append(("gray (RGB2GRAY)", read_gray(ours_gray), cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), 0))
    g = read_gray(ours_gray)
    for i, (label, op, opencv, margin) in enumerate(CASES):
        out = os.path.join(work, "ours-%02d.png" % i)
        run_dlprep(opts.dlprep, op + [ours_gray, out])
        rows.append((label, read_gray(out), opencv(g), margin))

    for i, (label, op, opencv, margin) in enumerate(COLOR_CASES):
        out = os.path.join(work, "ours-color-%02d.png" % i)
        run_dlprep(opts.dlprep, op + [source, out])
        rows.append((label, cv2.imread(out, cv2.IMREAD_COLOR), opencv(bgr), margin))

    h, w = g.shape
    print("input: %s (%dx%d, compared in gray unless it says colour)" % (os.path.relpath(source, os.getcwd()) if opts.input else
                                                   "dlprep image demo's input.png", w, h))
    print()
    print("| op | max diff, interior | max diff, whole image | pixels differing |")
    print("| --- | --- | --- | --- |")
    for label, ours, theirs, margin in rows:
        if ours.shape != theirs.shape:
            print("| %s | sizes differ: %s vs %s | | |" % (label, ours.shape, theirs.shape))
            continue
        diff = np.abs(ours.astype(np.int32) - theirs.astype(np.int32))
        if diff.ndim == 3:
            diff = diff.max(axis=2)
        inner = diff[margin:diff.shape[0] - margin, margin:diff.shape[1] - margin] if margin else diff
        print("| %s | %d | %d | %d of %d |" % (label, inner.max(), diff.max(), int((diff > 0).sum()), diff.size))


if __name__ == "__main__":
    main()
