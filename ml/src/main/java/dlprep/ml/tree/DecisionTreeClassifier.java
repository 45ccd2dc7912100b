package dlprep.ml.tree;

import dlprep.engine.tensor.Generator;
import dlprep.ml.Inputs;
import dlprep.ml.ProbabilisticClassifier;

import java.util.Arrays;
import java.util.Locale;

/**
 * A CART classification tree (scikit-learn's {@code DecisionTreeClassifier}): binary splits
 * {@code x_f <= t} chosen to minimise the weighted Gini impurity or entropy of the children; a leaf predicts
 * the (weighted) class frequencies of its rows. {@code maxFeatures} below the feature count draws that many
 * candidate features at every node (the random forest's decorrelation), seeded by {@code seed}.
 */
public final class DecisionTreeClassifier implements ProbabilisticClassifier {

    /** The impurity measure of a node with class shares {@code p_k}. */
    public enum Impurity { GINI, ENTROPY }

    private final Impurity impurity;
    private final TreeParameters limits;
    private final long seed;
    private DecisionTree tree;
    private int classes;
    private int features = -1;

    /** Gini, grown until pure ({@code max_depth=None, min_samples_split=2, min_samples_leaf=1}). */
    public DecisionTreeClassifier() {
        this(Impurity.GINI, Integer.MAX_VALUE, 2, 1, Integer.MAX_VALUE, 0);
    }

    /**
     * @param maxDepth    {@code Integer.MAX_VALUE} for no limit
     * @param maxFeatures features tried per split; {@code Integer.MAX_VALUE} for all
     */
    public DecisionTreeClassifier(Impurity impurity, int maxDepth, int minSamplesSplit, int minSamplesLeaf,
                                  int maxFeatures, long seed) {
        this.limits = TreeParameters.of("DecisionTreeClassifier", maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures);
        this.impurity = impurity;
        this.seed = seed;
    }

    /** A decision stump: one split (AdaBoost's weak learner). */
    public static DecisionTreeClassifier stump() {
        return new DecisionTreeClassifier(Impurity.GINI, 1, 2, 1, Integer.MAX_VALUE, 0);
    }

    @Override
    public DecisionTreeClassifier fit(double[][] x, int[] labels) {
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1);
        return fit(x, labels, ones, Inputs.checkFit("DecisionTreeClassifier", x, labels));
    }

    /**
     * Fits with sample weights (AdaBoost's reweighting, a bootstrap's counts) for {@code classes} classes,
     * so that a sample missing a class still gives probability rows of the full width.
     */
    public DecisionTreeClassifier fit(double[][] x, int[] labels, double[] sampleWeight, int classes) {
        int seen = Inputs.checkFit("DecisionTreeClassifier", x, labels);
        if (sampleWeight.length != x.length) {
            throw new IllegalArgumentException("DecisionTreeClassifier.fit: " + sampleWeight.length
                    + " sample weights for " + x.length + " rows");
        }
        if (classes < seen) {
            throw new IllegalArgumentException("DecisionTreeClassifier.fit: labels up to " + (seen - 1)
                    + " but classes = " + classes);
        }
        this.classes = classes;
        Criterion criterion = new Criterion.Classification(impurity == Impurity.GINI, labels, sampleWeight, classes);
        tree = new TreeGrower(x, criterion, limits, new Generator(seed)).grow(sampleWeight);
        features = x[0].length;
        return this;
    }

    @Override
    public double[][] predictProba(double[][] x) {
        Inputs.checkPredict("DecisionTreeClassifier", x, features);
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            p[i] = tree.value(x[i]).clone();
        }
        return p;
    }

    @Override
    public int[] predict(double[][] x) {
        double[][] p = predictProba(x);
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = ProbabilisticClassifier.argmax(p[i]);
        }
        return out;
    }

    /** The fitted tree, for inspection (depth, leaves, splits). */
    public DecisionTree tree() {
        if (tree == null) {
            throw new IllegalStateException("DecisionTreeClassifier: not fitted; call fit first");
        }
        return tree;
    }

    public int classCount() {
        return classes;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "tree(%s%s%s)", impurity.name().toLowerCase(Locale.ROOT),
                limits.describeLimits(),
                limits.maxFeatures() == Integer.MAX_VALUE ? "" : ", max_features=" + limits.maxFeatures());
    }
}
