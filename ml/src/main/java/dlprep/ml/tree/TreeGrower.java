package dlprep.ml.tree;

import dlprep.engine.tensor.Generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Grows a CART tree depth first: at each node, for each candidate feature, sort the node's rows by that
 * feature and try every cut between two different values (threshold at their midpoint, as scikit-learn),
 * keeping the cut with the lowest {@link Criterion#childrenCost()}. A node becomes a leaf when it is pure,
 * at {@code maxDepth}, has fewer than {@code minSamplesSplit} rows, or has no cut leaving
 * {@code minSamplesLeaf} rows on both sides. Rows of weight 0 are dropped first (a bootstrap as weights).
 */
final class TreeGrower {

    private final double[][] x;
    private final Criterion criterion;
    private final TreeParameters limits;
    private final Generator rng;

    private final List<Integer> feature = new ArrayList<>();
    private final List<Double> threshold = new ArrayList<>();
    private final List<Integer> left = new ArrayList<>();
    private final List<Integer> right = new ArrayList<>();
    private final List<double[]> value = new ArrayList<>();
    private int depthReached;

    TreeGrower(double[][] x, Criterion criterion, TreeParameters limits, Generator rng) {
        this.x = x;
        this.criterion = criterion;
        this.limits = limits;
        this.rng = rng;
    }

    DecisionTree grow(double[] weights) {
        int[] rows = java.util.stream.IntStream.range(0, x.length).filter(i -> weights[i] > 0).toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException("tree: every sample weight is 0; nothing to learn from");
        }
        build(rows, 0, rows.length, 0);
        return new DecisionTree(feature.stream().mapToInt(Integer::intValue).toArray(),
                threshold.stream().mapToDouble(Double::doubleValue).toArray(),
                left.stream().mapToInt(Integer::intValue).toArray(), right.stream().mapToInt(Integer::intValue).toArray(),
                value.toArray(double[][]::new), depthReached);
    }

    /** Builds the subtree of {@code rows[from..to)} and returns its node index. */
    private int build(int[] rows, int from, int to, int depth) {
        int node = feature.size();
        criterion.init(rows, from, to);
        feature.add(-1);
        threshold.add(Double.NaN);
        left.add(-1);
        right.add(-1);
        value.add(criterion.nodeValue());
        depthReached = Math.max(depthReached, depth);
        double nodeCost = criterion.nodeCost();
        int n = to - from;
        int minSamplesLeaf = limits.minSamplesLeaf();
        if (depth >= limits.maxDepth() || n < limits.minSamplesSplit() || n < 2 * minSamplesLeaf
                || nodeCost <= 1e-12 * criterion.nodeWeight()) {
            return node;
        }
        int bestFeature = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        double bestThreshold = Double.NaN;
        double[] keys = new double[n];
        int[] order = new int[n];
        for (int f : candidateFeatures()) {
            for (int i = 0; i < n; i++) {
                order[i] = rows[from + i];
                keys[i] = x[order[i]][f];
            }
            IndexSort.sort(keys, order, 0, n);
            if (keys[0] == keys[n - 1]) {
                continue; // constant here: no cut
            }
            criterion.init(order, 0, n);
            for (int i = 0; i < n - 1; i++) {
                criterion.moveLeft(order[i]);
                if (keys[i] == keys[i + 1] || i + 1 < minSamplesLeaf || n - i - 1 < minSamplesLeaf) {
                    continue;
                }
                double cost = criterion.childrenCost();
                if (cost < bestCost) {
                    bestCost = cost;
                    bestFeature = f;
                    double mid = keys[i] / 2 + keys[i + 1] / 2;
                    // the midpoint can round up to the upper value; then cut at the lower one
                    bestThreshold = mid == keys[i + 1] ? keys[i] : mid;
                }
            }
        }
        if (bestFeature < 0) {
            return node;
        }
        // partition rows[from..to) in place: <= threshold first
        int mid = from;
        for (int i = from; i < to; i++) {
            if (x[rows[i]][bestFeature] <= bestThreshold) {
                int t = rows[mid];
                rows[mid] = rows[i];
                rows[i] = t;
                mid++;
            }
        }
        feature.set(node, bestFeature);
        threshold.set(node, bestThreshold);
        int l = build(rows, from, mid, depth + 1);
        int r = build(rows, mid, to, depth + 1);
        left.set(node, l);
        right.set(node, r);
        return node;
    }

    /** All features in a random order, or {@code maxFeatures} of them drawn without replacement. */
    private int[] candidateFeatures() {
        int d = x[0].length;
        int maxFeatures = limits.maxFeatures();
        int[] f = new int[d];
        for (int i = 0; i < d; i++) {
            f[i] = i;
        }
        if (maxFeatures >= d) {
            return f;
        }
        for (int i = 0; i < maxFeatures; i++) { // partial Fisher-Yates
            int j = i + (int) rng.integer(0, d - i);
            int t = f[i];
            f[i] = f[j];
            f[j] = t;
        }
        return java.util.Arrays.copyOf(f, maxFeatures);
    }
}
