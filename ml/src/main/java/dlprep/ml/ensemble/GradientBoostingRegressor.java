package dlprep.ml.ensemble;

import dlprep.ml.Inputs;
import dlprep.ml.tree.DecisionTreeRegressor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gradient boosting for regression with the squared loss {@code (y - F)^2 / 2} (Friedman 2001, scikit-learn's
 * {@code GradientBoostingRegressor(loss="squared_error")}): start from the mean, then each stage fits a
 * regression tree of depth {@code maxDepth} to the negative gradient, which for this loss is the residual
 * {@code y - F(x)}, and adds it shrunk by the learning rate: {@code F <- F + lr * tree(x)}. Shrinkage trades
 * more stages for less overfitting.
 */
public final class GradientBoostingRegressor {

    private final int nEstimators;
    private final double learningRate;
    private final int maxDepth;
    private final List<DecisionTreeRegressor> trees = new ArrayList<>();
    private double init;
    private int features = -1;

    public GradientBoostingRegressor(int nEstimators, double learningRate, int maxDepth) {
        GradientBoostingClassifier.checkParameters("GradientBoostingRegressor", nEstimators, learningRate);
        this.nEstimators = nEstimators;
        this.learningRate = learningRate;
        this.maxDepth = maxDepth;
    }

    public GradientBoostingRegressor fit(double[][] x, double[] y) {
        Inputs.checkFit("GradientBoostingRegressor", x, y);
        int n = x.length;
        init = java.util.Arrays.stream(y).average().orElseThrow();
        double[] f = new double[n];
        java.util.Arrays.fill(f, init);
        double[] residual = new double[n];
        trees.clear();
        for (int m = 0; m < nEstimators; m++) {
            for (int i = 0; i < n; i++) {
                residual[i] = y[i] - f[i];
            }
            DecisionTreeRegressor tree = new DecisionTreeRegressor(maxDepth, 2, 1, Integer.MAX_VALUE, m).fit(x, residual);
            double[] step = tree.predict(x);
            for (int i = 0; i < n; i++) {
                f[i] += learningRate * step[i];
            }
            trees.add(tree);
        }
        features = x[0].length;
        return this;
    }

    public double[] predict(double[][] x) {
        Inputs.checkPredict("GradientBoostingRegressor", x, features);
        double[] f = new double[x.length];
        java.util.Arrays.fill(f, init);
        for (DecisionTreeRegressor tree : trees) {
            double[] step = tree.predict(x);
            for (int i = 0; i < x.length; i++) {
                f[i] += learningRate * step[i];
            }
        }
        return f;
    }

    public String describe() {
        return String.format(Locale.ROOT, "gradient_boosting_regressor(%d stages, lr=%s, max_depth=%d)", nEstimators,
                learningRate, maxDepth);
    }
}
