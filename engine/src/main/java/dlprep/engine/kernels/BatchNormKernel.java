package dlprep.engine.kernels;

/**
 * Batch normalisation in training mode as one op, in float, for x laid out as [N, C, S] (S = the positions
 * per channel: H*W for images, 1 for features). Per channel c, over its M = N*S values:
 * <pre>
 *   forward   mean, var (biased), x_hat = (x - mean) * invstd with invstd = 1 / sqrt(var + eps),
 *             y = gamma * x_hat + beta
 *   backward  dbeta = sum dy, dgamma = sum dy * x_hat,
 *             dx = gamma * invstd * (dy - dbeta / M - x_hat * dgamma / M)
 * </pre>
 * Composed of elementwise ops and reductions, the same computation makes about ten passes over the
 * activations and as many temporaries; here forward reads x three times and backward twice. Each row of S
 * values is summed in float vectors ({@link FloatRows}) and the rows' sums are added in double, which keeps
 * the sums accurate without a scalar double loop (those ran four cycles per value, a tenth of ResNet-18's
 * step). Channels are split over the pool. {@link BatchNormReference} is the plain double version.
 */
public final class BatchNormKernel {

    private BatchNormKernel() {
    }

    /** Fills mean and var (biased) per channel and y; gamma and beta may be null (no affine transform). */
    public static void forward(int n, int c, int s, float[] x, float[] gamma, float[] beta, double eps,
                               double[] mean, double[] var, float[] y) {
        Parallel.forRange(c, 1, (lo, hi) -> {
            for (int ch = lo; ch < hi; ch++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += FloatRows.sum(x, (i * c + ch) * s, s);
                }
                double mu = sum / ((long) n * s);
                double squares = 0;
                for (int i = 0; i < n; i++) {
                    squares += FloatRows.squaredDeviationSum(x, (i * c + ch) * s, s, (float) mu);
                }
                mean[ch] = mu;
                var[ch] = squares / ((long) n * s);
                double invstd = 1 / Math.sqrt(var[ch] + eps);
                float scale = (float) (invstd * (gamma == null ? 1 : gamma[ch]));
                float shift = (float) ((beta == null ? 0 : beta[ch]) - mu * scale);
                for (int i = 0; i < n; i++) {
                    for (int j = (i * c + ch) * s, end = j + s; j < end; j++) {
                        y[j] = x[j] * scale + shift;
                    }
                }
            }
        });
    }

    /**
     * Gradients from dy: dx (skipped when null) and the per-channel sums dgamma = sum dy * x_hat and
     * dbeta = sum dy, which are also what dx needs.
     */
    public static void backward(int n, int c, int s, float[] x, float[] gamma, double[] mean, double[] invstd,
                                float[] dy, float[] dx, double[] dgamma, double[] dbeta) {
        Parallel.forRange(c, 1, (lo, hi) -> {
            for (int ch = lo; ch < hi; ch++) {
                double mu = mean[ch];
                double sumDy = 0;
                double sumDyCentered = 0;
                for (int i = 0; i < n; i++) {
                    sumDy += FloatRows.sum(dy, (i * c + ch) * s, s);
                    sumDyCentered += FloatRows.centeredDot(dy, x, (i * c + ch) * s, s, (float) mu);
                }
                dbeta[ch] = sumDy;
                dgamma[ch] = sumDyCentered * invstd[ch];
                if (dx == null) {
                    continue;
                }
                long m = (long) n * s;
                double g = gamma == null ? 1 : gamma[ch];
                // dx = a * dy + b * x + d: the formula above expanded, so the loop is one multiply-add per term.
                float a = (float) (g * invstd[ch]);
                double k = g * invstd[ch] * invstd[ch] * invstd[ch] * sumDyCentered / m;
                float b = (float) -k;
                float d = (float) (k * mu - g * invstd[ch] * sumDy / m);
                for (int i = 0; i < n; i++) {
                    for (int j = (i * c + ch) * s, end = j + s; j < end; j++) {
                        dx[j] = a * dy[j] + b * x[j] + d;
                    }
                }
            }
        });
    }
}
