package dlprep.ml.metrics;

/**
 * {@code counts[t][p]}: how many samples of true class {@code t} were predicted as {@code p}; rows are the
 * truth and columns the prediction, as in scikit-learn's {@code confusion_matrix}. The diagonal holds the
 * correct predictions; for class c, column c minus the diagonal is its false positives and row c minus the
 * diagonal its false negatives.
 */
public record ConfusionMatrix(int[][] counts) {

    /** Counts the pairs; labels must lie in {@code 0..classes-1}. */
    public static ConfusionMatrix of(int[] truth, int[] predicted, int classes) {
        Labels.requirePairs("confusion matrix", truth, predicted);
        Labels.requireRange("confusion matrix", "true", truth, classes);
        Labels.requireRange("confusion matrix", "predicted", predicted, classes);
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < truth.length; i++) {
            counts[truth[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    /** With as many classes as the largest label implies. */
    public static ConfusionMatrix of(int[] truth, int[] predicted) {
        Labels.requirePairs("confusion matrix", truth, predicted);
        return of(truth, predicted, Labels.classCount("confusion matrix", truth, predicted));
    }

    public int classes() {
        return counts.length;
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    public int truePositives(int c) {
        return counts[c][c];
    }

    /** Predicted as {@code c} but of another class: column {@code c} off the diagonal. */
    public int falsePositives(int c) {
        int fp = 0;
        for (int t = 0; t < counts.length; t++) {
            fp += t == c ? 0 : counts[t][c];
        }
        return fp;
    }

    /** Of class {@code c} but predicted as another: row {@code c} off the diagonal. */
    public int falseNegatives(int c) {
        int fn = 0;
        for (int p = 0; p < counts.length; p++) {
            fn += p == c ? 0 : counts[c][p];
        }
        return fn;
    }

    /** The number of samples whose true class is {@code c} (scikit-learn's "support"). */
    public int support(int c) {
        return truePositives(c) + falseNegatives(c);
    }

    /** The diagonal over the total: the same number as {@link Accuracy#of}. */
    public double accuracy() {
        int correct = 0;
        for (int c = 0; c < counts.length; c++) {
            correct += counts[c][c];
        }
        return (double) correct / total();
    }
}
