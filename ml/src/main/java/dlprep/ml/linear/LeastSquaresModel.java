package dlprep.ml.linear;

/**
 * What the two least-squares regressions, {@link LinearRegression} and {@link Ridge}, share once fitted: the
 * weights w, the intercept b and the predictions X w + b. Each solves its centered problem for w in its own
 * way and hands the result to {@link #fitted}, which recovers b from the centering.
 */
public abstract sealed class LeastSquaresModel permits LinearRegression, Ridge {

    private final String name;
    private double[] weights;
    private double intercept;

    LeastSquaresModel(String name) {
        this.name = name;
    }

    /** Keeps w, fitted on the centered data c, and the intercept b = mean(y) - mean(X) . w that goes with it. */
    final void fitted(CenteredData c, double[] w) {
        weights = w;
        intercept = c.intercept(w);
    }

    /** X w + b for every row. */
    public final double[] predict(double[][] x) {
        FeatureRows.checkPredict(name, x, weights);
        return FeatureRows.affine(x, weights, intercept);
    }

    /** w, one weight per feature ({@code coef_}). */
    public final double[] weights() {
        return weights.clone();
    }

    /** b ({@code intercept_}). */
    public final double intercept() {
        return intercept;
    }
}
