package dlprep.ml;

/**
 * Per-feature (per-column) mean and population variance of a feature table, the statistics that
 * standardisation, naive Bayes' variance smoothing and k-means' tolerance are scaled by.
 */
public final class ColumnStatistics {

    private ColumnStatistics() {
    }

    /** The mean of every column of {@code x} (at least one row, all of one length). */
    public static double[] means(double[][] x) {
        double[] mean = new double[x[0].length];
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= x.length;
        }
        return mean;
    }

    /** The population variance (divided by n, as scikit-learn's) of every column, given its means. */
    public static double[] variances(double[][] x, double[] mean) {
        double[] variance = new double[mean.length];
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                double d = row[j] - mean[j];
                variance[j] += d * d;
            }
        }
        for (int j = 0; j < mean.length; j++) {
            variance[j] /= x.length;
        }
        return variance;
    }
}
