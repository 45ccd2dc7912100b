package dlprep.ml.linear;

/** The row checks shared by the linear models: d features per row, every value finite. */
final class FeatureRows {

    private FeatureRows() {
    }

    static void check(String op, double[][] x, int d) {
        if (d == 0) {
            throw new IllegalArgumentException(op + ": rows have no features");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(op + ": row " + i + " has " + x[i].length + " features, expected "
                        + d + (op.endsWith("predict") ? " (as in fit)" : " (as row 0)"));
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(op + ": row " + i + ", feature " + j + " is " + x[i][j]
                            + "; remove or impute missing values first");
                }
            }
        }
    }

    /** Checks rows given to {@code predict} against the fitted weights ({@code null} before fit). */
    static void checkPredict(String model, double[][] x, double[] weights) {
        if (weights == null) {
            throw new IllegalStateException(model + ".predict: the model is not fitted; call fit first");
        }
        check(model + ".predict", x, weights.length);
    }

    /** w . x_i + b for every row. */
    static double[] affine(double[][] x, double[] w, double b) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = b;
            for (int j = 0; j < w.length; j++) {
                s += w[j] * x[i][j];
            }
            z[i] = s;
        }
        return z;
    }

    /**
     * Checks {@code fit(features, labels)} of a classifier: at least one row, one label per row, labels
     * {@code >= 0}, finite rows of one length, and at least two distinct classes. Returns max label + 1.
     */
    static int checkClassification(String model, double[][] x, int[] labels) {
        if (x.length == 0) {
            throw new IllegalArgumentException(model + ".fit: no samples; give at least one row");
        }
        if (labels.length != x.length) {
            throw new IllegalArgumentException(model + ".fit: " + x.length + " rows but " + labels.length
                    + " labels; give one label per row");
        }
        check(model + ".fit", x, x[0].length);
        int max = 0;
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
}
