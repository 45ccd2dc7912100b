package dlprep.engine.kernels;

/** {@link BatchNormKernel} in double, written the way the formulas read: the reference and the float64 path. */
public final class BatchNormReference {

    private BatchNormReference() {
    }

    public static void forward(int n, int c, int s, double[] x, double[] gamma, double[] beta, double eps,
                               double[] mean, double[] var, double[] y) {
        long m = (long) n * s;
        for (int ch = 0; ch < c; ch++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < s; j++) {
                    sum += x[(i * c + ch) * s + j];
                }
            }
            mean[ch] = sum / m;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < s; j++) {
                    double d = x[(i * c + ch) * s + j] - mean[ch];
                    squares += d * d;
                }
            }
            var[ch] = squares / m;
            double invstd = 1 / Math.sqrt(var[ch] + eps);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < s; j++) {
                    int k = (i * c + ch) * s + j;
                    double xHat = (x[k] - mean[ch]) * invstd;
                    y[k] = (gamma == null ? 1 : gamma[ch]) * xHat + (beta == null ? 0 : beta[ch]);
                }
            }
        }
    }

    public static void backward(int n, int c, int s, double[] x, double[] gamma, double[] mean, double[] invstd,
                                double[] dy, double[] dx, double[] dgamma, double[] dbeta) {
        long m = (long) n * s;
        for (int ch = 0; ch < c; ch++) {
            double sumDy = 0;
            double sumDyXHat = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < s; j++) {
                    int k = (i * c + ch) * s + j;
                    sumDy += dy[k];
                    sumDyXHat += dy[k] * (x[k] - mean[ch]) * invstd[ch];
                }
            }
            dbeta[ch] = sumDy;
            dgamma[ch] = sumDyXHat;
            if (dx == null) {
                continue;
            }
            double g = gamma == null ? 1 : gamma[ch];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < s; j++) {
                    int k = (i * c + ch) * s + j;
                    double xHat = (x[k] - mean[ch]) * invstd[ch];
                    dx[k] = g * invstd[ch] * (dy[k] - sumDy / m - xHat * sumDyXHat / m);
                }
            }
        }
    }
}
