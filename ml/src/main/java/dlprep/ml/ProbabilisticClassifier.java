package dlprep.ml;

/**
 * A {@link Classifier} that also gives class probabilities, scikit-learn's {@code predict_proba}: row
 * {@code i} of the result holds {@code P(y = k | x_i)} for {@code k = 0..classes-1}. Soft voting in
 * ensembles and the stacking meta-features use it when a model has it.
 */
public interface ProbabilisticClassifier extends Classifier {

    double[][] predictProba(double[][] features);

    /** The class a row of probabilities (or scores) predicts: the first largest, so ties go to the lower class as numpy's argmax. */
    static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
