package dlprep.ml.metrics;

/** The fraction of samples whose predicted label equals the true one (scikit-learn's {@code accuracy_score}). */
public final class Accuracy {

    private Accuracy() {
    }

    public static double of(int[] truth, int[] predicted) {
        Labels.requirePairs("accuracy", truth, predicted);
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += truth[i] == predicted[i] ? 1 : 0;
        }
        return (double) correct / truth.length;
    }
}
