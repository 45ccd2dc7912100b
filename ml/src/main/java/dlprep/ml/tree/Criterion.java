package dlprep.ml.tree;

/**
 * The impurity a CART split minimises, kept as running sums so that a split search can move rows from the
 * right child to the left one by one in feature order and read both children's impurity in O(classes).
 * The cost of a split is {@code W_left I(left) + W_right I(right)} with {@code W} the summed sample weights.
 */
abstract class Criterion {

    /** Starts a node: totals of the rows {@code rows[from..to)}, all on the right. */
    abstract void init(int[] rows, int from, int to);

    /** Moves row {@code row} from the right child to the left child. */
    abstract void moveLeft(int row);

    /** {@code W_l I_l + W_r I_r} for the current cut. */
    abstract double childrenCost();

    /** {@code W I} of the whole node. */
    abstract double nodeCost();

    /** The node's summed weight {@code W}. */
    abstract double nodeWeight();

    /** What a leaf here predicts: class probabilities, or {@code {mean}} for regression. */
    abstract double[] nodeValue();

    /** Gini {@code 1 - sum p_k^2} or entropy {@code -sum p_k log2 p_k} over weighted class counts. */
    static final class Classification extends Criterion {
        private final boolean gini;
        private final int[] labels;
        private final double[] weights;
        private final double[] total;
        private final double[] left;
        private double totalWeight;
        private double leftWeight;

        Classification(boolean gini, int[] labels, double[] weights, int classes) {
            this.gini = gini;
            this.labels = labels;
            this.weights = weights;
            this.total = new double[classes];
            this.left = new double[classes];
        }

        @Override
        void init(int[] rows, int from, int to) {
            java.util.Arrays.fill(total, 0);
            java.util.Arrays.fill(left, 0);
            totalWeight = 0;
            leftWeight = 0;
            for (int i = from; i < to; i++) {
                total[labels[rows[i]]] += weights[rows[i]];
                totalWeight += weights[rows[i]];
            }
        }

        @Override
        void moveLeft(int row) {
            left[labels[row]] += weights[row];
            leftWeight += weights[row];
        }

        @Override
        double childrenCost() {
            double cost = leftWeight * impurity(left, leftWeight, null);
            double rightWeight = totalWeight - leftWeight;
            return cost + rightWeight * impurity(total, rightWeight, left);
        }

        @Override
        double nodeCost() {
            return totalWeight * impurity(total, totalWeight, null);
        }

        @Override
        double nodeWeight() {
            return totalWeight;
        }

        /** Impurity of the counts {@code counts - minus} (minus may be null) that sum to {@code w}. */
        private double impurity(double[] counts, double w, double[] minus) {
            if (w <= 0) {
                return 0;
            }
            double s = 0;
            for (int k = 0; k < counts.length; k++) {
                double p = (minus == null ? counts[k] : counts[k] - minus[k]) / w;
                if (gini) {
                    s += p * p;
                } else if (p > 0) {
                    s -= p * Math.log(p) / Math.log(2);
                }
            }
            return gini ? 1 - s : s;
        }

        @Override
        double[] nodeValue() {
            double[] p = total.clone();
            for (int k = 0; k < p.length; k++) {
                p[k] /= totalWeight;
            }
            return p;
        }
    }

    /** Squared error: {@code W I = sum w (y - mean)^2 = sum w y^2 - (sum w y)^2 / W}. */
    static final class SquaredError extends Criterion {
        private final double[] targets;
        private final double[] weights;
        private double w;
        private double wy;
        private double wyy;
        private double lw;
        private double lwy;
        private double lwyy;

        SquaredError(double[] targets, double[] weights) {
            this.targets = targets;
            this.weights = weights;
        }

        @Override
        void init(int[] rows, int from, int to) {
            w = wy = wyy = lw = lwy = lwyy = 0;
            for (int i = from; i < to; i++) {
                double ww = weights[rows[i]];
                double y = targets[rows[i]];
                w += ww;
                wy += ww * y;
                wyy += ww * y * y;
            }
        }

        @Override
        void moveLeft(int row) {
            double ww = weights[row];
            double y = targets[row];
            lw += ww;
            lwy += ww * y;
            lwyy += ww * y * y;
        }

        private static double sse(double w, double wy, double wyy) {
            return w <= 0 ? 0 : Math.max(0, wyy - wy * wy / w);
        }

        @Override
        double childrenCost() {
            return sse(lw, lwy, lwyy) + sse(w - lw, wy - lwy, wyy - lwyy);
        }

        @Override
        double nodeCost() {
            return sse(w, wy, wyy);
        }

        @Override
        double nodeWeight() {
            return w;
        }

        @Override
        double[] nodeValue() {
            return new double[]{wy / w};
        }
    }
}
