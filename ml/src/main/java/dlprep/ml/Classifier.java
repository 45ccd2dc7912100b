package dlprep.ml;

/**
 * A model that learns class labels {@code 0..classes-1} from rows of features, in scikit-learn's two
 * verbs: {@code fit} on training rows, then {@code predict} on new rows with the same number of features.
 */
public interface Classifier {

    /** Learns from {@code features[n][d]} and {@code labels[n]}; returns this model, fitted. */
    Classifier fit(double[][] features, int[] labels);

    /** The predicted label of every row; the rows must have the feature count seen by {@code fit}. */
    int[] predict(double[][] features);

    /** A short name with the hyper-parameters that matter, e.g. {@code "svm(rbf, C=1, gamma=0.1)"}. */
    String describe();
}
