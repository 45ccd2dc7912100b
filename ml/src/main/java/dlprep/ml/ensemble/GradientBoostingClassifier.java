package dlprep.ml.ensemble;

import dlprep.ml.Inputs;
import dlprep.ml.ProbabilisticClassifier;
import dlprep.ml.tree.DecisionTree;
import dlprep.ml.tree.DecisionTreeRegressor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gradient boosting with the log-loss (scikit-learn's {@code GradientBoostingClassifier}). The model is a raw
 * score {@code F_k(x)} per class ({@code K = 2}: one score, {@code P(1) = sigmoid(F)}; {@code K > 2}: softmax of
 * {@code K} scores), started at the log prior odds / log priors. Each stage fits one regression tree per score
 * to the negative gradient {@code y_k - p_k} and, as in Friedman's TreeBoost, replaces every leaf's value by one
 * Newton step for its rows, {@code sum r / sum p(1 - p)} (times {@code (K-1)/K} for softmax); the score moves by
 * the learning rate times that leaf value.
 */
public final class GradientBoostingClassifier implements ProbabilisticClassifier {

    /** A fitted tree with its Newton leaf values ({@code leafValue[node]}, 0 at internal nodes). */
    private record Stage(DecisionTree tree, double[] leafValue) {
        double value(double[] x) {
            return leafValue[tree.apply(x)];
        }
    }

    private final int nEstimators;
    private final double learningRate;
    private final int maxDepth;
    private final List<Stage[]> stages = new ArrayList<>();
    private double[] init;
    private int classes;
    private int features = -1;

    /** scikit-learn's defaults: 100 stages, learning rate 0.1, depth 3. */
    public GradientBoostingClassifier() {
        this(100, 0.1, 3);
    }

    public GradientBoostingClassifier(int nEstimators, double learningRate, int maxDepth) {
        checkParameters("GradientBoostingClassifier", nEstimators, learningRate);
        this.nEstimators = nEstimators;
        this.learningRate = learningRate;
        this.maxDepth = maxDepth;
    }

    static void checkParameters(String model, int nEstimators, double learningRate) {
        if (nEstimators < 1) {
            throw new IllegalArgumentException(model + ": n_estimators = " + nEstimators + " must be at least 1");
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException(model + ": learning_rate = " + learningRate + " must be positive");
        }
    }

    @Override
    public GradientBoostingClassifier fit(double[][] x, int[] labels) {
        classes = Inputs.checkFit("GradientBoostingClassifier", x, labels);
        int n = x.length;
        int scores = classes == 2 ? 1 : classes;
        double[] prior = new double[classes];
        for (int y : labels) {
            prior[y] += 1.0 / n;
        }
        init = new double[scores];
        for (int k = 0; k < scores; k++) {
            // log odds of class 1 for K = 2, log prior of class k otherwise (clipped like numpy's eps)
            init[k] = classes == 2 ? Math.log(prior[1] / prior[0]) : Math.log(Math.max(prior[k], 2.220446049250313e-16));
        }
        double[][] f = new double[n][];
        for (int i = 0; i < n; i++) {
            f[i] = init.clone();
        }
        stages.clear();
        double[] residual = new double[n];
        double[] p = new double[n];
        for (int m = 0; m < nEstimators; m++) {
            Stage[] stage = new Stage[scores];
            double[][] probs = classes == 2 ? null : softmaxRows(f);
            for (int k = 0; k < scores; k++) {
                for (int i = 0; i < n; i++) {
                    p[i] = classes == 2 ? sigmoid(f[i][0]) : probs[i][k];
                    double target = labels[i] == (classes == 2 ? 1 : k) ? 1 : 0;
                    residual[i] = target - p[i];
                }
                DecisionTree tree = new DecisionTreeRegressor(maxDepth, 2, 1, Integer.MAX_VALUE, m).fit(x, residual).tree();
                double[] numerator = new double[tree.nodeCount()];
                double[] denominator = new double[tree.nodeCount()];
                int[] leafOf = new int[n];
                for (int i = 0; i < n; i++) {
                    leafOf[i] = tree.apply(x[i]);
                    numerator[leafOf[i]] += residual[i];
                    denominator[leafOf[i]] += p[i] * (1 - p[i]);
                }
                double scale = classes == 2 ? 1 : (classes - 1.0) / classes;
                double[] leafValue = new double[tree.nodeCount()];
                for (int t = 0; t < leafValue.length; t++) {
                    leafValue[t] = Math.abs(denominator[t]) < 1e-150 ? 0 : scale * numerator[t] / denominator[t];
                }
                stage[k] = new Stage(tree, leafValue);
                for (int i = 0; i < n; i++) {
                    f[i][k] += learningRate * leafValue[leafOf[i]];
                }
            }
            stages.add(stage);
        }
        features = x[0].length;
        return this;
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double[][] softmaxRows(double[][] f) {
        double[][] p = new double[f.length][];
        for (int i = 0; i < f.length; i++) {
            double max = Arrays.stream(f[i]).max().orElseThrow();
            double[] e = Arrays.stream(f[i]).map(v -> Math.exp(v - max)).toArray();
            double sum = Arrays.stream(e).sum();
            p[i] = Arrays.stream(e).map(v -> v / sum).toArray();
        }
        return p;
    }

    /** The raw scores {@code F(x)}: one column for two classes, {@code K} columns otherwise. */
    public double[][] decisionFunction(double[][] x) {
        Inputs.checkPredict("GradientBoostingClassifier", x, features);
        double[][] f = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            f[i] = init.clone();
            for (Stage[] stage : stages) {
                for (int k = 0; k < stage.length; k++) {
                    f[i][k] += learningRate * stage[k].value(x[i]);
                }
            }
        }
        return f;
    }

    @Override
    public double[][] predictProba(double[][] x) {
        double[][] f = decisionFunction(x);
        if (classes > 2) {
            return softmaxRows(f);
        }
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double p1 = sigmoid(f[i][0]);
            p[i] = new double[]{1 - p1, p1};
        }
        return p;
    }

    @Override
    public int[] predict(double[][] x) {
        return Arrays.stream(predictProba(x)).mapToInt(ProbabilisticClassifier::argmax).toArray();
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "gradient_boosting(%d stages, lr=%s, max_depth=%d)", nEstimators,
                learningRate, maxDepth);
    }
}
