"""Compares dlprep's warps and SIFT with OpenCV's on the generated test image.

Run with the system Python (Debian's python3-opencv, OpenCV 4.6):
    /usr/bin/python3 tools/compare_opencv_features.py [work-dir]

1. Warps: `dlprep image warp` (affine and perspective, nearest and bilinear, constant border 0) against
   cv2.warpAffine / cv2.warpPerspective with the same matrix, as the largest absolute gray-level difference
   over the whole image and over the interior (output pixels whose source position lies at least one pixel
   inside the input, so no border pixel takes part).
2. SIFT on the demo pair: the test image and its copy turned by 30 degrees and scaled by 0.8 about the centre
   (made by `dlprep image warp`, so both sides see the same pixels). dlprep's `sift-match` (ratio 0.8, RANSAC
   3 px) against cv2.SIFT_create() + BFMatcher ratio 0.8 + cv2.findHomography(RANSAC, 3 px); for each, the
   keypoint counts, matches, inliers and the corner error: the largest distance between where the estimated
   and the true homography send the four image corners.
3. SIFT keypoints of the test image, one by one: for each of OpenCV's, the nearest of dlprep's (`sift --print
   true`), after adding the quarter pixel by which OpenCV's coordinates are off (it maps pixel p of the doubled
   image to p / 2, dlprep to (p - 0.5) / 2); the distance, the ratio of scales (OpenCV's size is 2 sigma) and
   the difference of orientations (OpenCV's KeyPoint.angle flips its y-up histogram angle back, 360 - a, so it
   is measured like dlprep's: from the x axis towards y, clockwise on the screen).
   And their descriptors: OpenCV's are 512 x the unit vector rounded to bytes; the largest difference from
   dlprep's unit vectors times 512 (`sift --print true --descriptors true`).
Prints a Markdown table (the one in notes/07-interview/10-image-processing.md).
"""
import os
import re
import subprocess
import sys
import tempfile

import cv2
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AFFINE = [0.9, -0.3, 30.0, 0.25, 0.85, -12.0]
PERSPECTIVE = [0.9, 0.12, 8.0, -0.06, 0.95, 14.0, 0.0009, 0.0006, 1.0]


def dlprep(*args):
    out = subprocess.run(["nice", "-n", "19", os.path.join(ROOT, "dlprep"), "image", *args],
                         check=True, capture_output=True, text=True)
    return out.stdout


def read_rgb(path):
    return cv2.cvtColor(cv2.imread(path, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB).astype(np.int32)


def interior_mask(m, w, h):
    """Output pixels whose source position (by the inverse of m) is at least 1 px inside the w x h input."""
    inv = np.linalg.inv(m)
    ys, xs = np.mgrid[0:h, 0:w]
    pts = np.stack([xs.ravel(), ys.ravel(), np.ones(w * h)])
    src = inv @ pts
    sx, sy = src[0] / src[2], src[1] / src[2]
    return ((sx >= 1) & (sx <= w - 2) & (sy >= 1) & (sy <= h - 2)).reshape(h, w)


def compare_warps(work, image_path):
    img = read_rgb(image_path)
    h, w = img.shape[:2]
    rows = []
    for kind, values in (("affine", AFFINE), ("perspective", PERSPECTIVE)):
        for interp, flag in (("nearest", cv2.INTER_NEAREST), ("bilinear", cv2.INTER_LINEAR)):
            ours_path = os.path.join(work, f"warp-{kind}-{interp}.png")
            dlprep("warp", "--matrix", ",".join(repr(v) for v in values), "--interpolation", interp,
                   image_path, ours_path)
            ours = read_rgb(ours_path)
            if kind == "affine":
                m = np.array(values, dtype=np.float64).reshape(2, 3)
                theirs = cv2.warpAffine(img.astype(np.uint8), m, (w, h), flags=flag,
                                        borderMode=cv2.BORDER_CONSTANT, borderValue=0)
                full = np.vstack([m, [0, 0, 1]])
            else:
                full = np.array(values, dtype=np.float64).reshape(3, 3)
                theirs = cv2.warpPerspective(img.astype(np.uint8), full, (w, h), flags=flag,
                                             borderMode=cv2.BORDER_CONSTANT, borderValue=0)
            diff = np.abs(ours - theirs.astype(np.int32))
            inside = interior_mask(full, w, h)
            differing = int((diff.max(axis=2) > 0).sum())
            rows.append((f"warp {kind} {interp}", int(diff[inside].max()), int(diff.max()), differing, w * h,
                         f"dlprep image warp --matrix {','.join(repr(v) for v in values)} --interpolation {interp}"))
    return rows


def corner_error(estimate, truth, w, h):
    corners = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float64).reshape(-1, 1, 2)
    a = cv2.perspectiveTransform(corners, estimate)
    b = cv2.perspectiveTransform(corners, truth)
    return float(np.linalg.norm(a - b, axis=2).max())


def compare_sift(work, image_path):
    copy_path = os.path.join(work, "sift-copy.png")
    dlprep("warp", "--angle", "30", "--scale", "0.8", image_path, copy_path)
    a = cv2.imread(image_path, cv2.IMREAD_COLOR)
    b = cv2.imread(copy_path, cv2.IMREAD_COLOR)
    h, w = a.shape[:2]
    truth = np.vstack([cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), 30, 0.8), [0, 0, 1]])

    text = dlprep("sift-match", "--with", copy_path, image_path, os.path.join(work, "sift-match.png"))
    counts = re.search(r"keypoints (\d+) and (\d+), ratio-test matches (\d+), RANSAC inliers (\d+)", text)
    numbers = re.search(r"homography \[([^\]]+)\]", text).group(1).replace(";", ",")
    ours_h = np.array([float(v) for v in numbers.split(",")]).reshape(3, 3)
    ka, kb, matches, inliers = (int(g) for g in counts.groups())
    ours = ("dlprep SIFT + RANSAC", ka, kb, matches, inliers, corner_error(ours_h, truth, w, h))

    sift = cv2.SIFT_create()
    ga = cv2.cvtColor(a, cv2.COLOR_BGR2GRAY)
    gb = cv2.cvtColor(b, cv2.COLOR_BGR2GRAY)
    kpa, da = sift.detectAndCompute(ga, None)
    kpb, db = sift.detectAndCompute(gb, None)
    pairs = cv2.BFMatcher(cv2.NORM_L2).knnMatch(da, db, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.8 * p[1].distance]
    src = np.float64([kpa[m.queryIdx].pt for m in good]).reshape(-1, 1, 2)
    dst = np.float64([kpb[m.trainIdx].pt for m in good]).reshape(-1, 1, 2)
    cv_h, mask = cv2.findHomography(src, dst, cv2.RANSAC, 3.0)
    theirs = ("OpenCV SIFT + findHomography", len(kpa), len(kpb), len(good), int(mask.sum()),
              corner_error(cv_h, truth, w, h))
    return [ours, theirs], ours_h, cv_h, truth


def compare_keypoints(work, image_path):
    text = dlprep("sift", "--print", "true", "--descriptors", "true", image_path,
                  os.path.join(work, "sift-keypoints.png"))
    ours = np.array([[float(v) for v in line.split()] for line in text.splitlines()
                     if re.match(r"^-?[0-9.]+ ", line)])
    gray = cv2.cvtColor(cv2.imread(image_path, cv2.IMREAD_COLOR), cv2.COLOR_BGR2GRAY)
    theirs, their_descriptors = cv2.SIFT_create().detectAndCompute(gray, None)
    distances, scales, angles, descriptor_diff = [], [], [], []
    for i, k in enumerate(theirs):
        d = np.hypot(ours[:, 0] + 0.25 - k.pt[0], ours[:, 1] + 0.25 - k.pt[1])
        # Among ours at the nearest position (a point with several orientations appears several times),
        # the one of the nearest orientation.
        near = np.flatnonzero(d <= d.min() + 1e-9)
        diff = [abs((ours[m, 3] - k.angle + 180) % 360 - 180) for m in near]
        j = near[int(np.argmin(diff))]
        distances.append(d[j])
        scales.append(ours[j, 2] / (k.size / 2))
        angles.append(min(diff))
        descriptor_diff.append(np.abs(512 * ours[j, 5:] - their_descriptors[i]).max())
    distances, scales, angles = np.array(distances), np.array(scales), np.array(angles)
    return len(ours), len(theirs), distances, scales, angles, np.array(descriptor_diff)


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="dlprep-features-")
    os.makedirs(work, exist_ok=True)
    subprocess.run(["nice", "-n", "19", os.path.join(ROOT, "dlprep"), "image", "demo", "--out", work],
                   check=True, capture_output=True)
    image_path = os.path.join(work, "input.png")
    print(f"OpenCV {cv2.__version__}; test image {image_path}\n")
    print("| op | max abs diff, interior | max abs diff, whole | pixels differing | command |")
    print("| --- | --- | --- | --- | --- |")
    for name, interior, whole, differing, total, command in compare_warps(work, image_path):
        print(f"| {name} | {interior} | {whole} | {differing} of {total} | `{command}` |")
    rows, ours_h, cv_h, truth = compare_sift(work, image_path)
    print("\n| SIFT on the demo pair (30 degrees, scale 0.8) | keypoints (image, copy) | ratio-test matches"
          " | RANSAC inliers | corner error (px) |")
    print("| --- | --- | --- | --- | --- |")
    for name, ka, kb, matches, inliers, error in rows:
        print(f"| {name} | {ka}, {kb} | {matches} | {inliers} | {error:.3f} |")
    ours_n, theirs_n, distances, scales, angles, descriptor_diff = compare_keypoints(work, image_path)
    print(f"\nSIFT keypoints of the test image: dlprep {ours_n}, OpenCV {theirs_n}; for each of OpenCV's, the"
          " nearest of dlprep's:")
    print(f"  within 0.01 px: {(distances < 0.01).sum()}, within 0.1 px: {(distances < 0.1).sum()},"
          f" largest distance {distances.max():.3f} px")
    print(f"  scale ratio from {scales.min():.4f} to {scales.max():.4f};"
          f" orientation difference median {np.median(angles):.2f}, largest {angles.max():.2f} degrees")
    print(f"  descriptors: largest |512 x dlprep - OpenCV| {descriptor_diff.max():.3f}"
          f" (median over keypoints {np.median(descriptor_diff):.3f}; OpenCV rounds to whole numbers)")
    np.set_printoptions(precision=5, suppress=True)
    print(f"\ntrue homography\n{truth}\ndlprep\n{ours_h / ours_h[2, 2]}\nOpenCV\n{cv_h / cv_h[2, 2]}")


if __name__ == "__main__":
    main()
