"""Compares `dlprep ml cluster` and `dlprep ml naive-bayes` with scikit-learn on the same rows.

Run with the system Python (Debian's python3-sklearn):
    /usr/bin/python3 tools/compare_sklearn_cluster.py [--naive-bayes-only] [dataset ...]
Data sets: iris, wine, breast_cancer, digits (scikit-learn's bundled copies) and the toy moons and circles
(drawn by dlprep; the rows come from its JSON). For each it calls dlprep with --json and runs on the rows it
printed:
- k-means: sklearn.cluster.KMeans(init=<dlprep's initial centres>, n_init=1) (Lloyd, tol 1e-4, 300 rounds, as
  dlprep); the largest absolute difference of the centres and of the inertia (target 1e-6);
- agglomerative (single, complete, average, ward): AgglomerativeClustering(linkage=...) and the ARI between its
  labels and dlprep's, and the largest difference of all merge heights against scipy's linkage();
- spectral: SpectralClustering(affinity="nearest_neighbors", n_neighbors=10, random_state=0) and the ARI
  between the two labelings (the methods differ slightly: dlprep normalises rows as Ng, Jordan and Weiss,
  scikit-learn divides by sqrt(degree)); skipped on digits, where the O(n^3) Jacobi eigen-solver takes minutes;
- Gaussian naive Bayes: GaussianNB() fitted on dlprep's training indices; test accuracy, macro F1 and, for two
  classes, the ROC-AUC of P(class 1) side by side.
Prints one table per comparison.
"""
import json
import pathlib
import subprocess
import sys
import warnings

import numpy as np
from scipy.cluster.hierarchy import linkage as scipy_linkage
from sklearn.cluster import AgglomerativeClustering, KMeans, SpectralClustering
from sklearn.metrics import adjusted_rand_score, f1_score, roc_auc_score
from sklearn.naive_bayes import GaussianNB

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATASETS = ["iris", "wine", "breast_cancer", "digits", "moons", "circles"]
LINKAGES = ["single", "complete", "average", "ward"]
SPECTRAL_MAX_ROWS = 1000
# a k-NN graph with several components is expected (iris's setosa stands apart); both methods handle it
warnings.filterwarnings("ignore", message="Graph is not fully connected")


def dlprep(*args):
    out = subprocess.run([str(ROOT / "dlprep"), "ml", *args, "--json"], check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def kmeans_rows(name):
    ours = dlprep("cluster", name, "--method", "kmeans")
    x = np.array(ours["x"])
    init = np.array(ours["initial_centres"])
    theirs = KMeans(n_clusters=ours["k"], init=init, n_init=1, algorithm="lloyd", tol=1e-4, max_iter=300).fit(x)
    centres = np.abs(np.array(ours["centres"]) - theirs.cluster_centers_).max()
    inertia = abs(ours["inertia"] - theirs.inertia_)
    same = adjusted_rand_score(ours["labels"], theirs.labels_)
    return x, ours, [name, ours["k"], f"{ours['inertia']:.6f}", f"{theirs.inertia_:.6f}", f"{centres:.1e}",
                     f"{inertia:.1e}", f"{same:.4f}"]


def agglomerative_rows(name, x, k):
    rows = []
    for method in LINKAGES:
        ours = dlprep("cluster", name, "--method", "agglomerative", "--linkage", method)
        theirs = AgglomerativeClustering(n_clusters=k, linkage=method).fit(x)
        heights = np.abs(np.array(ours["merge_heights"]) - scipy_linkage(x, method)[:, 2]).max()
        rows.append([name, method, f"{adjusted_rand_score(ours['labels'], theirs.labels_):.4f}", f"{heights:.1e}",
                     f"{ours['ari']:.4f}", f"{adjusted_rand_score(ours['truth'], theirs.labels_):.4f}"])
    return rows


def spectral_row(name, x, k):
    if len(x) > SPECTRAL_MAX_ROWS:
        return [name, "skipped", f"{len(x)} rows", "", ""]
    ours = dlprep("cluster", name, "--method", "spectral", "--affinity", "nearest_neighbors", "--neighbors", "10")
    theirs = SpectralClustering(n_clusters=k, affinity="nearest_neighbors", n_neighbors=10, random_state=0).fit(x)
    return [name, f"{adjusted_rand_score(ours['labels'], theirs.labels_):.4f}", f"{ours['ari']:.4f}",
            f"{adjusted_rand_score(ours['truth'], theirs.labels_):.4f}", f"{ours['seconds']:.1f}"]


def naive_bayes_row(name, x, truth):
    ours = dlprep("naive-bayes", name)
    train, test = ours["train"], ours["test"]
    y = np.array(truth)
    model = GaussianNB().fit(x[train], y[train])
    theirs = model.score(x[test], y[test])
    f1 = f1_score(y[test], model.predict(x[test]), average="macro")
    auc = f"{roc_auc_score(y[test], model.predict_proba(x[test])[:, 1]):.4f}" if "roc_auc" in ours else ""
    return [name, len(train), len(test), f"{ours['accuracy']:.4f}", f"{theirs:.4f}",
            f"{100 * (ours['accuracy'] - theirs):+.2f}", f"{ours['macro_f1']:.4f}", f"{f1:.4f}",
            f"{ours['roc_auc']:.4f}" if "roc_auc" in ours else "", auc]


def rows_of(name):
    """The rows and classes dlprep clusters (cheapest call: one k-means)."""
    ours = dlprep("cluster", name, "--method", "kmeans", "--n-init", "1")
    return np.array(ours["x"]), ours["truth"]


def table(title, header, rows):
    print(f"\n{title}")
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    for r in [header] + rows:
        print("  ".join(str(v).rjust(w) for v, w in zip(r, widths)))


def main():
    names = [a for a in sys.argv[1:] if a != "--naive-bayes-only"] or DATASETS
    if "--naive-bayes-only" in sys.argv:
        table("Gaussian naive Bayes on dlprep's stratified split (test size 0.25, seed 0)",
              ["data", "train", "test", "accuracy dlprep", "accuracy sklearn", "points", "macro F1 dlprep",
               "macro F1 sklearn", "AUC dlprep", "AUC sklearn"],
              [naive_bayes_row(n, *rows_of(n)) for n in names])
        return
    km, agg, spec, nb = [], [], [], []
    for name in names:
        x, ours, row = kmeans_rows(name)
        km.append(row)
        agg.extend(agglomerative_rows(name, x, ours["k"]))
        spec.append(spectral_row(name, x, ours["k"]))
        nb.append(naive_bayes_row(name, x, ours["truth"]))
    table("k-means from dlprep's k-means++ centres (scikit-learn KMeans(init=centres, n_init=1))",
          ["data", "k", "inertia dlprep", "inertia sklearn", "centres max|diff|", "inertia |diff|", "ARI(ours, sk)"], km)
    table("agglomerative (AgglomerativeClustering; heights against scipy linkage)",
          ["data", "linkage", "ARI(ours, sk)", "heights max|diff|", "ARI ours vs classes", "ARI sk vs classes"], agg)
    table("spectral, 10-nearest-neighbour graph (SpectralClustering(random_state=0))",
          ["data", "ARI(ours, sk)", "ARI ours vs classes", "ARI sk vs classes", "seconds ours"], spec)
    table("Gaussian naive Bayes on dlprep's stratified split (test size 0.25, seed 0)",
          ["data", "train", "test", "accuracy dlprep", "accuracy sklearn", "points", "macro F1 dlprep",
           "macro F1 sklearn", "AUC dlprep", "AUC sklearn"], nb)


if __name__ == "__main__":
    main()
