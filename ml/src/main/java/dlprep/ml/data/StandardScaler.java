package dlprep.ml.data;

import dlprep.ml.ColumnStatistics;
import dlprep.ml.Inputs;

/**
 * Standardisation {@code z = (x - mean) / std} per feature, with the mean and (population) standard deviation
 * of the training rows only, so that no statistic of the test rows leaks into the model (scikit-learn's
 * {@code StandardScaler}; a constant feature keeps scale 1, as there). Kernels with one {@code gamma} and
 * penalised linear models need features on one scale.
 */
public final class StandardScaler {

    private final double[] mean;
    private final double[] scale;

    private StandardScaler(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    public static StandardScaler fit(double[][] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("StandardScaler.fit: no samples; give at least one row");
        }
        int d = x[0].length;
        Inputs.checkRows("StandardScaler.fit", x, d);
        double[] mean = ColumnStatistics.means(x);
        double[] scale = ColumnStatistics.variances(x, mean);
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
        }
        return new StandardScaler(mean, scale);
    }

    public double[][] transform(double[][] x) {
        Inputs.checkRows("StandardScaler.transform", x, mean.length);
        double[][] z = new double[x.length][mean.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        return z;
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[] scale() {
        return scale.clone();
    }
}
