package dlprep.ml;

/**
 * The checks a method makes on its {@code double[n][d]} input before it computes anything, so that a bad
 * table fails at once with a message naming the method and the offending row, instead of as a NaN centre or
 * an index error deep inside.
 */
public final class Samples {

    private Samples() {
    }

    /** Throws unless {@code x} has at least one row, all rows are equally long (≥ 1) and every value is finite; returns d. */
    public static int requireMatrix(String method, double[][] x) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException(method + ": no samples; give at least one row of features");
        }
        int d = x[0].length;
        if (d == 0) {
            throw new IllegalArgumentException(method + ": rows have no features; give at least one column");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(method + ": row " + i + " has " + x[i].length
                        + " features but row 0 has " + d + "; every row needs the same features");
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(method + ": row " + i + ", feature " + j + " is " + x[i][j]
                            + "; remove or impute missing values first");
                }
            }
        }
        return d;
    }

    /** {@link #requireMatrix}, and the feature count must be the one the model was fitted with. */
    public static void requireFeatures(String method, double[][] x, int fittedFeatures) {
        int d = requireMatrix(method, x);
        if (d != fittedFeatures) {
            throw new IllegalArgumentException(method + ": rows have " + d + " features but the model was fitted on "
                    + fittedFeatures + "; predict on rows with the same features as in fit");
        }
    }

    /** {@link #requireMatrix} plus one label per row in {@code 0, 1, 2, ...}; returns the class count (max + 1). */
    public static int requireLabeled(String method, double[][] x, int[] labels) {
        requireMatrix(method, x);
        if (labels.length != x.length) {
            throw new IllegalArgumentException(method + ": " + x.length + " rows but " + labels.length
                    + " labels; give one label per row");
        }
        int max = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException(method + ": label " + labels[i] + " at row " + i
                        + "; labels are 0, 1, 2, ...");
            }
            max = Math.max(max, labels[i]);
        }
        return max + 1;
    }

    /** The squared Euclidean distance between two rows of equal length. */
    public static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double diff = a[j] - b[j];
            s += diff * diff;
        }
        return s;
    }

    /** A deep copy of a table, so a caller cannot change a model's fitted state through it. */
    public static double[][] copyOf(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }
}
