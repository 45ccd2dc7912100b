package dlprep.ml.tree;

import dlprep.engine.tensor.Generator;
import dlprep.ml.Inputs;

import java.util.Arrays;
import java.util.Locale;

/**
 * A CART regression tree (scikit-learn's {@code DecisionTreeRegressor}, {@code criterion="squared_error"}):
 * splits minimise the children's summed squared error, a leaf predicts the mean target of its rows.
 * Gradient boosting fits these to residuals.
 */
public final class DecisionTreeRegressor {

    private final TreeParameters limits;
    private final long seed;
    private DecisionTree tree;
    private int features = -1;

    public DecisionTreeRegressor(int maxDepth, int minSamplesSplit, int minSamplesLeaf, int maxFeatures, long seed) {
        this.limits = TreeParameters.of("DecisionTreeRegressor", maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures);
        this.seed = seed;
    }

    public DecisionTreeRegressor(int maxDepth) {
        this(maxDepth, 2, 1, Integer.MAX_VALUE, 0);
    }

    public DecisionTreeRegressor fit(double[][] x, double[] y) {
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1);
        return fit(x, y, ones);
    }

    public DecisionTreeRegressor fit(double[][] x, double[] y, double[] sampleWeight) {
        Inputs.checkFit("DecisionTreeRegressor", x, y);
        tree = new TreeGrower(x, new Criterion.SquaredError(y, sampleWeight), limits, new Generator(seed))
                .grow(sampleWeight);
        features = x[0].length;
        return this;
    }

    public double[] predict(double[][] x) {
        Inputs.checkPredict("DecisionTreeRegressor", x, features);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = tree.value(x[i])[0];
        }
        return out;
    }

    public DecisionTree tree() {
        if (tree == null) {
            throw new IllegalStateException("DecisionTreeRegressor: not fitted; call fit first");
        }
        return tree;
    }

    public String describe() {
        return String.format(Locale.ROOT, "regression tree(squared_error%s)",
                limits.describeLimits());
    }
}
