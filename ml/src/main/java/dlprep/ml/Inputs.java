package dlprep.ml;

import java.util.Arrays;

/**
 * The input checks every {@link Classifier} makes before it learns or predicts, so that bad data fails at
 * the call with a message naming the model, the row and the value, instead of deep inside an algorithm.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Checks {@code fit(features, labels)}: at least one row, rows of one finite length, one label per row,
     * labels {@code >= 0}, and at least two distinct classes. Returns the number of classes, {@code max label + 1}.
     */
    public static int checkFit(String model, double[][] features, int[] labels) {
        if (features.length == 0) {
            throw new IllegalArgumentException(model + ".fit: no samples; give at least one row");
        }
        if (labels.length != features.length) {
            throw new IllegalArgumentException(model + ".fit: " + features.length + " rows but " + labels.length
                    + " labels; give one label per row");
        }
        checkRows(model + ".fit", features, features[0].length);
        int max = -1;
        boolean twoClasses = false;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException(model + ".fit: row " + i + " has label " + labels[i]
                        + "; labels must be 0..classes-1");
            }
            max = Math.max(max, labels[i]);
            twoClasses |= labels[i] != labels[0];
        }
        if (!twoClasses) {
            throw new IllegalArgumentException(model + ".fit: every label is " + labels[0]
                    + "; a classifier needs at least two classes");
        }
        return max + 1;
    }

    /** Checks {@code fit(features, targets)} of a regression: rows as for a classifier, one finite target per row. */
    public static void checkFit(String model, double[][] features, double[] targets) {
        if (features.length == 0) {
            throw new IllegalArgumentException(model + ".fit: no samples; give at least one row");
        }
        if (targets.length != features.length) {
            throw new IllegalArgumentException(model + ".fit: " + features.length + " rows but " + targets.length
                    + " targets; give one target per row");
        }
        checkRows(model + ".fit", features, features[0].length);
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException(model + ".fit: target " + i + " is " + targets[i]
                        + "; remove or impute missing values first");
            }
        }
    }

    /**
     * Checks a table without labels (what a clustering gets): at least one row, rows of one finite length.
     * Returns the feature count.
     */
    public static int checkMatrix(String op, double[][] features) {
        if (features.length == 0) {
            throw new IllegalArgumentException(op + ": no samples; give at least one row");
        }
        checkRows(op, features, features[0].length);
        return features[0].length;
    }

    /** Checks rows given to {@code predict}: of the fitted feature count {@code d}, finite. */
    public static void checkPredict(String model, double[][] features, int d) {
        if (d < 0) {
            throw new IllegalStateException(model + ".predict: the model is not fitted; call fit first");
        }
        checkRows(model + ".predict", features, d);
    }

    /**
     * Checks that every row has {@code d} finite values, naming {@code op} (e.g. {@code "Pca.transform"}) in the
     * error; the models that learn from rows without labels (regressions, PCA) call it directly.
     */
    public static void checkRows(String op, double[][] features, int d) {
        if (d == 0) {
            throw new IllegalArgumentException(op + ": rows have no features");
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != d) {
                throw new IllegalArgumentException(op + ": row " + i + " has " + features[i].length
                        + " features, expected " + d + (features[0].length == d ? " (as row 0)" : " (as in fit)"));
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(features[i][j])) {
                    throw new IllegalArgumentException(op + ": row " + i + ", feature " + j + " is " + features[i][j]
                            + "; remove or impute missing values first");
                }
            }
        }
    }

    /** The distinct labels, sorted (scikit-learn's {@code classes_}). */
    public static int[] classesPresent(int[] labels) {
        return Arrays.stream(labels).distinct().sorted().toArray();
    }
}
