package dlprep.ml.ensemble;

import dlprep.ml.tree.DecisionTreeClassifier;

import java.util.Locale;

/**
 * A random forest (Breiman 2001, scikit-learn's {@code RandomForestClassifier}): bagging of fully grown
 * CART trees where every split considers only {@code maxFeatures} randomly drawn features
 * ({@code floor(sqrt(d))} by default). The feature subsampling decorrelates the trees, so averaging them cuts
 * variance further than bagging alone.
 */
public final class RandomForestClassifier extends BaggingClassifier {

    private final int nEstimators;
    private final int maxFeatures;
    private final int maxDepth;

    /** {@code n_estimators} trees, Gini, no depth limit, {@code max_features="sqrt"}. */
    public RandomForestClassifier(int nEstimators, long seed) {
        this(nEstimators, 0, Integer.MAX_VALUE, seed);
    }

    /**
     * @param maxFeatures features tried per split; 0 for {@code floor(sqrt(d))} (scikit-learn's "sqrt")
     */
    public RandomForestClassifier(int nEstimators, int maxFeatures, int maxDepth, long seed) {
        super("random_forest", (treeSeed, d) -> new DecisionTreeClassifier(DecisionTreeClassifier.Impurity.GINI,
                maxDepth, 2, 1, maxFeatures > 0 ? maxFeatures : Math.max(1, (int) Math.sqrt(d)), treeSeed),
                nEstimators, seed);
        this.nEstimators = nEstimators;
        this.maxFeatures = maxFeatures;
        this.maxDepth = maxDepth;
    }

    @Override
    public RandomForestClassifier fit(double[][] x, int[] labels) {
        super.fit(x, labels);
        return this;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "random_forest(%d trees, gini, max_features=%s%s)", nEstimators,
                maxFeatures == 0 ? "sqrt" : Integer.toString(maxFeatures),
                maxDepth == Integer.MAX_VALUE ? "" : ", max_depth=" + maxDepth);
    }
}
