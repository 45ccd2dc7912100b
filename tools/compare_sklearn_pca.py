"""Compares `dlprep ml pca` with scikit-learn's PCA and numpy's SVD on the bundled data sets.

Run with the system Python (Debian's python3-sklearn): /usr/bin/python3 tools/compare_sklearn_pca.py [dataset ...]
For each data set and both of dlprep's methods (svd, eigen) it calls `./dlprep ml pca <dataset> --method M --json`
(all components), fits sklearn.decomposition.PCA(svd_solver="full") on the same rows, and prints the largest
absolute difference of the explained variance, its ratio and the components (both use svd_flip's signs), and of
the singular values against numpy.linalg.svd of the centered data.

A component is only compared where it is unique: a variance above 1e-12 of the largest (digits has constant
pixels, hence zero variances whose directions are arbitrary) and apart from its neighbours by more than 1e-6 of
itself (a repeated variance leaves any rotation of its directions equally right).
"""
import json
import pathlib
import subprocess
import sys

import numpy as np
from sklearn import datasets
from sklearn.decomposition import PCA

ROOT = pathlib.Path(__file__).resolve().parent.parent
LOADERS = {
    "iris": datasets.load_iris,
    "wine": datasets.load_wine,
    "breast_cancer": datasets.load_breast_cancer,
    "digits": datasets.load_digits,
}
ZERO = 1e-12
GAP = 1e-6


def dlprep_pca(name, method):
    out = subprocess.run([str(ROOT / "dlprep"), "ml", "pca", name, "--method", method, "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def unique_components(variance):
    """Indices whose variance is nonzero and apart from both neighbours by a relative gap above GAP."""
    keep = []
    for i, v in enumerate(variance):
        if v <= ZERO * variance[0]:
            continue
        neighbours = [variance[j] for j in (i - 1, i + 1) if 0 <= j < len(variance)]
        if all(abs(v - w) > GAP * v for w in neighbours):
            keep.append(i)
    return keep


def main():
    names = sys.argv[1:] or list(LOADERS)
    print("| data set | n x d | method | max abs diff explained variance | ratio | components (unique / all) "
          "| singular values vs numpy |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    worst = 0.0
    for name in names:
        x = LOADERS[name]().data.astype(np.float64)
        ref = PCA(svd_solver="full").fit(x)
        numpy_s = np.linalg.svd(x - x.mean(axis=0), compute_uv=False)
        for method in ("svd", "eigen"):
            ours = dlprep_pca(name, method)
            variance = np.array(ours["explained_variance"])
            keep = unique_components(ref.explained_variance_)
            d_var = np.max(np.abs(variance - ref.explained_variance_))
            d_ratio = np.max(np.abs(np.array(ours["explained_variance_ratio"]) - ref.explained_variance_ratio_))
            d_comp = np.max(np.abs(np.array(ours["components"])[keep] - ref.components_[keep]))
            d_s = np.max(np.abs(np.array(ours["singular_values"]) - numpy_s))
            worst = max(worst, d_var, d_ratio, d_comp, d_s)
            print(f"| {name} | {x.shape[0]} x {x.shape[1]} | {method} | {d_var:.2e} | {d_ratio:.2e} "
                  f"| {d_comp:.2e} ({len(keep)} / {x.shape[1]}) | {d_s:.2e} |")
    print(f"\nlargest difference: {worst:.2e} (target 1e-6): {'met' if worst <= 1e-6 else 'NOT met'}")


if __name__ == "__main__":
    main()
