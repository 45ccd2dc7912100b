"""Runs scikit-learn beside `dlprep ml compare` on the very same train/test rows and prints both accuracies.

Run with the system Python (Debian's python3-sklearn 1.2): /usr/bin/python3 tools/compare_sklearn.py [ARGS]
ARGS go to `./dlprep ml compare --json` unchanged (e.g. --datasets iris,wine --models svc_rbf --seed 1).

The Java side prints, per data set, the stratified split's indices and, per model, its test accuracy and the
scikit-learn expression with the same hyper-parameters (dlprep.app.ml.ComparedModels). This script loads
the same data set with sklearn.datasets (the CSV files the ml module ships are copies of those), takes those
rows, standardises with StandardScaler fitted on the training rows as the Java side does, evaluates each
expression, fits it and prints the side-by-side table.

Random models (forests, boosting and trees, whose features are visited in a random order, so that exact ties
between splits are broken at random) cannot match draw for draw: for them scikit-learn is also run with
random_state 0..4 and its own range is printed. A difference is flagged when dlprep's accuracy is more than
2 points away from scikit-learn's random_state=0 run and outside that range widened by 2 points.
"""
import json
import os
import subprocess
import sys
import warnings

import numpy as np
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from sklearn.ensemble import (AdaBoostClassifier, GradientBoostingClassifier, RandomForestClassifier,
                              StackingClassifier)
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import BernoulliNB, GaussianNB
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

LOADERS = {"iris": load_iris, "wine": load_wine, "breast_cancer": load_breast_cancer, "digits": load_digits}
# The names a ComparedModels expression may use.
NAMESPACE = {cls.__name__: cls for cls in (SVC, DecisionTreeClassifier, RandomForestClassifier, AdaBoostClassifier,
                                           GradientBoostingClassifier, StackingClassifier, LogisticRegression,
                                           GaussianNB, BernoulliNB)}
TARGET_POINTS = 2.0
SEEDS = range(5)


def accuracy(expression, seed, x_train, y_train, x_test, y_test):
    """Fits the scikit-learn model `expression` with every random_state it has set to `seed`."""
    model = eval(expression, dict(NAMESPACE))  # our own ComparedModels text, not user input
    seeded = {k: seed for k in model.get_params(deep=True) if k.endswith("random_state")}
    model.set_params(**seeded)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(x_train, y_train)
    return float(np.mean(model.predict(x_test) == y_test)), bool(seeded)


def main(args):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    run = subprocess.run([os.path.join(root, "dlprep"), "ml", "compare", "--json", *args],
                         check=True, capture_output=True, text=True)
    report = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"stratified split, test size {report['test_size']}, seed {report['seed']}; "
          f"features standardised by the training rows")
    print(f"{'data set':<14} {'model':<18} {'dlprep':>7} {'sklearn':>8} {'diff':>6}  {'sklearn seeds 0-4':>15}")
    worst = 0.0
    flagged = 0
    for ds in report["datasets"]:
        x, y = LOADERS[ds["name"]](return_X_y=True)
        train, test = np.array(ds["train"]), np.array(ds["test"])
        scaler = StandardScaler().fit(x[train])
        x_train, x_test = scaler.transform(x[train]), scaler.transform(x[test])
        for r in ds["results"]:
            ours = r["accuracy"]
            theirs, random = accuracy(r["sklearn"], 0, x_train, y[train], x_test, y[test])
            spread = [theirs]
            if random:
                spread += [accuracy(r["sklearn"], s, x_train, y[train], x_test, y[test])[0] for s in SEEDS[1:]]
            low, high = min(spread), max(spread)
            diff = 100 * (ours - theirs)
            outside = 100 * max(low - ours, ours - high, 0)
            worst = max(worst, abs(diff))
            flag = "" if abs(diff) <= TARGET_POINTS or outside <= TARGET_POINTS else "  > 2 points"
            flagged += bool(flag)
            seeds = f"{low:.4f}-{high:.4f}" if random else "(deterministic)"
            print(f"{ds['name']:<14} {r['model']:<18} {ours:7.4f} {theirs:8.4f} {diff:+6.1f}  {seeds:>15}{flag}")
    print(f"largest difference from random_state=0: {worst:.1f} accuracy points; "
          f"{flagged} row(s) outside scikit-learn's seed range by more than {TARGET_POINTS:.0f} points")


if __name__ == "__main__":
    main(sys.argv[1:])
