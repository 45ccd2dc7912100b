package dlprep.ml.linear;

import dlprep.ml.Inputs;

/** What the linear models share about rows of features: the predict check and the affine map w . x + b. */
final class FeatureRows {

    private FeatureRows() {
    }

    /** Checks rows given to {@code predict} against the fitted weights ({@code null} before fit). */
    static void checkPredict(String model, double[][] x, double[] weights) {
        Inputs.checkPredict(model, x, weights == null ? -1 : weights.length);
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
}
