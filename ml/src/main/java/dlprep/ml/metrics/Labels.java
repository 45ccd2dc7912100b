package dlprep.ml.metrics;

/** The checks every label-comparing metric makes before counting: same length, not empty, in range. */
final class Labels {

    private Labels() {
    }

    /** Throws unless {@code truth} and {@code predicted} are non-empty and equally long. */
    static void requirePairs(String metric, int[] truth, int[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(metric + ": " + truth.length + " true labels but " + predicted.length
                    + " predicted ones; give one prediction per sample");
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException(metric + ": no samples; it needs at least one label");
        }
    }

    /** Throws unless every label is in {@code 0..classes-1}. */
    static void requireRange(String metric, String which, int[] labels, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException(metric + ": " + classes + " classes; there must be at least one");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(metric + ": " + which + " label " + labels[i] + " at sample " + i
                        + " is outside 0.." + (classes - 1));
            }
        }
    }

    /** The number of classes the labels imply: one more than the largest (labels are 0-based and not negative). */
    static int classCount(String metric, int[] truth, int[] predicted) {
        int max = -1;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 0 || predicted[i] < 0) {
                throw new IllegalArgumentException(metric + ": negative label at sample " + i
                        + "; labels are 0, 1, 2, ...");
            }
            max = Math.max(max, Math.max(truth[i], predicted[i]));
        }
        return max + 1;
    }
}
