package dlprep.ml.linear;

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
        if (x.length == 0) {
            throw new IllegalArgumentException(model + ".fit: no samples; give at least one row");
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException(model + ".fit: " + x.length + " rows but " + y.length
                    + " targets; give one target per row");
        }
        int d = x[0].length;
        Inputs.checkRows(model + ".fit", x, d);
        double[] mean = new double[d];
        double yMean = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(model + ".fit: target " + i + " is " + y[i]
                        + "; remove or impute missing values first");
            }
            yMean += y[i] / x.length;
            for (int j = 0; j < d; j++) {
                mean[j] += x[i][j] / x.length;
            }
        }
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
