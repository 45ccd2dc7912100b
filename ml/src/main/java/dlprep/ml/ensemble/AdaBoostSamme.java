package dlprep.ml.ensemble;

import dlprep.ml.Classifier;
import dlprep.ml.Inputs;
import dlprep.ml.ProbabilisticClassifier;
import dlprep.ml.tree.DecisionTreeClassifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * AdaBoost for {@code K} classes by SAMME (Zhu, Zou, Rosset and Hastie, "Multi-class AdaBoost", 2009;
 * scikit-learn's {@code AdaBoostClassifier(algorithm="SAMME")}). Round {@code m} fits a weak tree (a stump by
 * default) to the weighted rows, measures its weighted error {@code err}, gives it the say
 * {@code alpha = lr (log((1 - err) / err) + log(K - 1))} and multiplies the weight of each row it got wrong by
 * {@code exp(alpha)}. The {@code log(K - 1)} term is what makes it multi-class: a learner only has to beat
 * random guessing, {@code err < 1 - 1/K}, to get a positive say. Prediction: {@code argmax_k sum alpha_m [h_m(x) = k]}.
 */
public final class AdaBoostSamme implements Classifier {

    private final int nEstimators;
    private final double learningRate;
    private final int maxDepth;
    private final List<DecisionTreeClassifier> learners = new ArrayList<>();
    private final List<Double> alphas = new ArrayList<>();
    private final List<Double> errors = new ArrayList<>();
    private int classes;
    private int features = -1;

    /** scikit-learn's defaults: 50 stumps, learning rate 1. */
    public AdaBoostSamme() {
        this(50, 1.0, 1);
    }

    public AdaBoostSamme(int nEstimators, double learningRate, int maxDepth) {
        if (nEstimators < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("AdaBoost: n_estimators = " + nEstimators + " and learning_rate = "
                    + learningRate + " must be positive");
        }
        this.nEstimators = nEstimators;
        this.learningRate = learningRate;
        this.maxDepth = maxDepth;
    }

    @Override
    public AdaBoostSamme fit(double[][] x, int[] labels) {
        classes = Inputs.checkFit("AdaBoost", x, labels);
        // K counts the classes present, as scikit-learn's classes_: a label range with a gap must not lower the bar
        int k = Inputs.classesPresent(labels).length;
        int n = x.length;
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        learners.clear();
        alphas.clear();
        errors.clear();
        for (int m = 0; m < nEstimators; m++) {
            DecisionTreeClassifier h = new DecisionTreeClassifier(DecisionTreeClassifier.Impurity.GINI, maxDepth, 2, 1,
                    Integer.MAX_VALUE, m).fit(x, labels, w, classes);
            int[] pred = h.predict(x);
            double wrong = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += w[i];
                wrong += pred[i] != labels[i] ? w[i] : 0;
            }
            double err = wrong / total;
            if (err <= 0) { // a perfect learner: it alone decides, as scikit-learn stops with weight 1
                learners.add(h);
                alphas.add(1.0);
                errors.add(0.0);
                break;
            }
            if (err >= 1 - 1.0 / k) { // no better than chance: stop (keep it out)
                if (learners.isEmpty()) {
                    throw new IllegalStateException("AdaBoost: the first weak learner's error " + err
                            + " is no better than chance (1 - 1/K); use a stronger learner");
                }
                break;
            }
            double alpha = learningRate * (Math.log((1 - err) / err) + Math.log(k - 1));
            learners.add(h);
            alphas.add(alpha);
            errors.add(err);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (pred[i] != labels[i]) {
                    w[i] *= Math.exp(alpha);
                }
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] /= sum;
            }
        }
        features = x[0].length;
        return this;
    }

    @Override
    public int[] predict(double[][] x) {
        Inputs.checkPredict("AdaBoost", x, features);
        double[][] score = new double[x.length][classes];
        for (int m = 0; m < learners.size(); m++) {
            int[] pred = learners.get(m).predict(x);
            for (int i = 0; i < x.length; i++) {
                score[i][pred[i]] += alphas.get(m);
            }
        }
        return Arrays.stream(score).mapToInt(ProbabilisticClassifier::argmax).toArray();
    }

    /** The say {@code alpha_m} of each learner kept. */
    public double[] estimatorWeights() {
        return alphas.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The weighted training error {@code err_m} of each learner kept. */
    public double[] estimatorErrors() {
        return errors.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "adaboost_samme(%d x %s, lr=%s)", nEstimators,
                maxDepth == 1 ? "stump" : "tree(max_depth=" + maxDepth + ")", learningRate);
    }
}
