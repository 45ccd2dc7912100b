package dlprep.ml.linear;

import dlprep.ml.ColumnStatistics;
import dlprep.ml.Inputs;

/**
 * Regression data with the column means taken out: X_c = X - 1 mean(X)^T and y_c = y - mean(y).
 *
 * <p>Why center: the least-squares intercept is b = mean(y) - mean(X) . w, so after centering the intercept
 * drops out and the weights solve a problem without the constant column. That is also how scikit-learn's
 * Ridge leaves the intercept unpenalised: the penalty alpha ||w||^2 sees only the weights of the centered problem.
 */
record CenteredData(double[][] x, double[] y, double[] xMean, double yMean) {

    /** Checks a regression table (rows, one target per row, finite values) and centers it. */
    static CenteredData of(String model, double[][] x, double[] y) {
        Inputs.checkFit(model, x, y);
        int d = x[0].length;
        double[] mean = ColumnStatistics.means(x);
        double yMean = 0;
        for (double v : y) {
            yMean += v;
        }
        yMean /= y.length;
        double[][] xc = new double[x.length][d];
        double[] yc = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                xc[i][j] = x[i][j] - mean[j];
            }
            yc[i] = y[i] - yMean;
        }
        return new CenteredData(xc, yc, mean, yMean);
    }

    /** b = mean(y) - mean(X) . w: the intercept that goes with weights fitted on the centered data. */
    double intercept(double[] w) {
        double b = yMean;
        for (int j = 0; j < w.length; j++) {
            b -= xMean[j] * w[j];
        }
        return b;
    }
}
