package dlprep.ml.tree;

/**
 * A fitted binary tree, stored as parallel arrays like scikit-learn's {@code tree_}: node {@code t} is a
 * leaf when {@code left[t] < 0}; otherwise rows with {@code x[feature[t]] <= threshold[t]} go left.
 * {@code value[t]} is what the node predicts (class probabilities, or {@code {mean}} for regression).
 */
public final class DecisionTree {

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[][] value;
    private final int depth;

    DecisionTree(int[] feature, double[] threshold, int[] left, int[] right, double[][] value, int depth) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
        this.depth = depth;
    }

    /** The index of the leaf {@code x} falls into (scikit-learn's {@code apply}). */
    public int apply(double[] x) {
        int t = 0;
        while (left[t] >= 0) {
            t = x[feature[t]] <= threshold[t] ? left[t] : right[t];
        }
        return t;
    }

    /** The value of the leaf {@code x} falls into. */
    public double[] value(double[] x) {
        return value[apply(x)];
    }

    public int nodeCount() {
        return feature.length;
    }

    public int leafCount() {
        int leaves = 0;
        for (int l : left) {
            leaves += l < 0 ? 1 : 0;
        }
        return leaves;
    }

    /** The longest root-to-leaf path in edges (a single leaf has depth 0). */
    public int depth() {
        return depth;
    }

    public boolean isLeaf(int node) {
        return left[node] < 0;
    }

    public int feature(int node) {
        return feature[node];
    }

    public double threshold(int node) {
        return threshold[node];
    }

    public int left(int node) {
        return left[node];
    }

    public int right(int node) {
        return right[node];
    }

    public double[] nodeValue(int node) {
        return value[node].clone();
    }
}
