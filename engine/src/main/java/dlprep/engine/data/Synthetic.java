package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

/**
 * Data sets made from a known rule plus noise, so a model's fit can be checked against the truth. Every
 * generator draws from the {@link Generator} it is given, so a seed fixes the data.
 */
public final class Synthetic {

    private static final double[] POLYNOMIAL_WEIGHTS = {5, 1.2, -3.4, 5.6};

    private Synthetic() {
    }

    /** The true weights of {@link #polynomial}, of the features 1, x, x^2/2!, x^3/3!: 5, 1.2, -3.4, 5.6. */
    public static double[] polynomialWeights() {
        return POLYNOMIAL_WEIGHTS.clone();
    }

    /**
     * Linear-regression data {@code y = X w + b + noise} with {@code X ~ N(0, 1)} of shape {@code [n, w.length]}
     * and noise {@code ~ N(0, noiseStd^2)}; labels are {@code [n, 1]} (Dive into Deep Learning's
     * {@code synthetic_data}, which uses {@code noiseStd = 0.01}).
     */
    public static TensorDataset linear(double[] w, double b, int n, double noiseStd, Generator g) {
        int d = w.length;
        float[] x = new float[n * d];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double dot = b;
            for (int j = 0; j < d; j++) {
                float v = (float) g.normal();
                x[i * d + j] = v;
                dot += v * w[j];
            }
            y[i] = (float) (dot + noiseStd * g.normal());
        }
        return new TensorDataset(Tensor.wrap(x, n, d), Tensor.wrap(y, n, 1));
    }

    /**
     * Polynomial-regression data of Dive into Deep Learning's model-selection example: {@code x ~ N(0, 1)},
     * label {@code y = 5 + 1.2 x - 3.4 x^2/2! + 5.6 x^3/3! + noise} with noise {@code ~ N(0, noiseStd^2)}
     * (0.1 in the book), features {@code x^i / i!} for {@code i = 0 .. numFeatures-1} ({@code [n, numFeatures]};
     * the book uses 20). Dividing by {@code i!} keeps the large powers from dominating the gradients. The
     * label does not depend on {@code numFeatures}: fewer features underfit, more invite overfitting.
     */
    public static TensorDataset polynomial(int n, int numFeatures, double noiseStd, Generator g) {
        if (numFeatures < 1) {
            throw new IllegalArgumentException("polynomial: need at least 1 feature, got " + numFeatures);
        }
        float[] features = new float[n * numFeatures];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double x = g.normal();
            double term = 1; // x^k / k!, built up one factor at a time
            double label = 0;
            for (int k = 0; k < Math.max(numFeatures, POLYNOMIAL_WEIGHTS.length); k++) {
                if (k > 0) {
                    term *= x / k;
                }
                if (k < numFeatures) {
                    features[i * numFeatures + k] = (float) term;
                }
                if (k < POLYNOMIAL_WEIGHTS.length) {
                    label += POLYNOMIAL_WEIGHTS[k] * term;
                }
            }
            y[i] = (float) (label + noiseStd * g.normal());
        }
        return new TensorDataset(Tensor.wrap(features, n, numFeatures), Tensor.wrap(y, n, 1));
    }

    /**
     * Gaussian blobs for classification (as scikit-learn's {@code make_blobs}): example {@code i} belongs to
     * class {@code c = i % k} of the {@code k = centers.length} classes and is drawn from
     * {@code N(centers[c], std^2 I)}. Features are {@code [n, dim]}, labels {@code [n]} hold the class index.
     */
    public static TensorDataset blobs(int n, double[][] centers, double std, Generator g) {
        if (centers.length == 0) {
            throw new IllegalArgumentException("blobs: need at least one center");
        }
        int d = centers[0].length;
        for (double[] c : centers) {
            if (c.length != d) {
                throw new IllegalArgumentException("blobs: centers have different dimensions (" + d + " and "
                        + c.length + ")");
            }
        }
        float[] x = new float[n * d];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int c = i % centers.length;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = (float) (centers[c][j] + std * g.normal());
            }
            y[i] = c;
        }
        return new TensorDataset(Tensor.wrap(x, n, d), Tensor.wrap(y, n));
    }
}
