package dlprep.ml.linear;

import dlprep.engine.linalg.Matrices;
import dlprep.engine.linalg.Norms;
import dlprep.engine.tensor.Tensor;
import dlprep.ml.Classifier;
import dlprep.ml.Inputs;

import java.util.Arrays;
import java.util.Locale;

/**
 * Multinomial (softmax) logistic regression: P(y = k | x) = softmax(W x + b)_k over K classes, fitted by
 * minimising the cross-entropy with an L2 penalty on W, in scikit-learn's C convention:
 *
 * <pre>J(W, b) = (1/n) sum_i [logsumexp(z_i) - z_{i, y_i}] + ||W||_F^2 / (2 C n),   z_i = W x_i + b</pre>
 *
 * <p>the objective of {@code LogisticRegression(C=C, multi_class="multinomial")} divided by C n. Every class
 * has its own row of W (an over-parameterisation: adding one vector to all rows changes nothing), and the
 * penalty is what picks one solution. With K = 2 it is binary logistic regression with C doubled: the
 * optimum has w_1 = -w_0, so w = w_1 - w_0 pays ||w_0||^2 + ||w_1||^2 = ||w||^2 / 2.
 *
 * <p>The log-probabilities come from the engine's {@link Tensor#logSoftmax}, which subtracts each row's
 * maximum first so that large logits do not overflow. The gradient is (1/n) (P - Y)^T X + W / (C n), and
 * the solver is Nesterov-accelerated gradient descent with the step 1/L, L = ||[X | 1]||_2^2 / (2 n) + 1 / (C n)
 * (the Hessian of the cross-entropy in z is diag(p) - p p^T, whose eigenvalues are at most 1/2).
 */
public final class SoftmaxRegression implements Classifier {

    private final double c;
    private final int maxIterations;
    private final double tolerance;
    private double[][] weights; // K x d
    private double[] intercepts; // K
    private int iterations;
    private boolean converged;

    public SoftmaxRegression(double c, int maxIterations, double tolerance) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("SoftmaxRegression: C must be > 0 (inverse regularisation strength), got " + c);
        }
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("SoftmaxRegression: maxIterations must be >= 1 and tolerance > 0, got "
                    + maxIterations + " and " + tolerance);
        }
        this.c = c;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** At most 20000 accelerated steps, to a gradient of 1e-7. */
    public SoftmaxRegression(double c) {
        this(c, 20_000, 1e-7);
    }

    @Override
    public SoftmaxRegression fit(double[][] x, int[] labels) {
        int k = Inputs.checkFit("SoftmaxRegression", x, labels);
        int n = x.length;
        int d = x[0].length;
        double lipschitz = Math.pow(Norms.spectral(LogisticRegression.withOnes(x)), 2) / (2.0 * n) + 1 / (c * n);
        GradientDescent.Result r = GradientDescent.minimize((theta, g) -> gradient(x, labels, k, theta, g),
                new double[k * (d + 1)], lipschitz, true, maxIterations, tolerance);
        iterations = r.iterations();
        converged = r.converged();
        weights = new double[k][d];
        intercepts = new double[k];
        for (int cls = 0; cls < k; cls++) {
            System.arraycopy(r.theta(), cls * (d + 1), weights[cls], 0, d);
            intercepts[cls] = r.theta()[cls * (d + 1) + d];
        }
        return this;
    }

    /**
     * The gradient of J at theta (K blocks of d weights and one intercept), into g; returns J itself, which
     * the tests use to check the gradient by finite differences.
     */
    double gradient(double[][] x, int[] y, int k, double[] theta, double[] g) {
        int n = x.length;
        int d = x[0].length;
        double[][] logProbabilities = logSoftmax(x, k, theta);
        Arrays.fill(g, 0);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            loss -= logProbabilities[i][y[i]];
            for (int cls = 0; cls < k; cls++) {
                double r = (Math.exp(logProbabilities[i][cls]) - (y[i] == cls ? 1 : 0)) / n;
                int base = cls * (d + 1);
                for (int j = 0; j < d; j++) {
                    g[base + j] += r * x[i][j];
                }
                g[base + d] += r;
            }
        }
        double penalty = 0;
        for (int cls = 0; cls < k; cls++) {
            for (int j = 0; j < d; j++) {
                double w = theta[cls * (d + 1) + j];
                penalty += w * w;
                g[cls * (d + 1) + j] += w / (c * n);
            }
        }
        return loss / n + penalty / (2 * c * n);
    }

    /** log softmax(W x_i + b) for every row, by the engine's stable float64 log-softmax. */
    private static double[][] logSoftmax(double[][] x, int k, double[] theta) {
        int n = x.length;
        int d = x[0].length;
        double[] logits = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int cls = 0; cls < k; cls++) {
                int base = cls * (d + 1);
                double z = theta[base + d];
                for (int j = 0; j < d; j++) {
                    z += theta[base + j] * x[i][j];
                }
                logits[i * k + cls] = z;
            }
        }
        double[] flat = Tensor.wrap(logits, n, k).logSoftmax(1).toDoubleArray();
        double[][] out = new double[n][k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * k, out[i], 0, k);
        }
        return out;
    }

    /** P(y = k | x), one row of K probabilities per sample. */
    public double[][] predictProbabilities(double[][] x) {
        double[][] logP = logSoftmax(checked(x), intercepts.length, theta());
        for (double[] row : logP) {
            for (int cls = 0; cls < row.length; cls++) {
                row[cls] = Math.exp(row[cls]);
            }
        }
        return logP;
    }

    /** The most probable class of every row (the largest logit; ties go to the lower label). */
    @Override
    public int[] predict(double[][] x) {
        double[][] logP = logSoftmax(checked(x), intercepts.length, theta());
        int[] labels = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int cls = 1; cls < logP[i].length; cls++) {
                if (logP[i][cls] > logP[i][labels[i]]) {
                    labels[i] = cls;
                }
            }
        }
        return labels;
    }

    /** W, one row of d weights per class ({@code coef_}). */
    public double[][] weights() {
        return Matrices.copy(weights);
    }

    /** b, one per class ({@code intercept_}). */
    public double[] intercepts() {
        return intercepts.clone();
    }

    public int iterations() {
        return iterations;
    }

    /** Whether the last fit reached the gradient tolerance within maxIterations. */
    public boolean converged() {
        return converged;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "softmax(C=%g)", c);
    }

    private double[][] checked(double[][] x) {
        FeatureRows.checkPredict("SoftmaxRegression", x, weights == null ? null : weights[0]);
        return x;
    }

    private double[] theta() {
        int d = weights[0].length;
        double[] theta = new double[intercepts.length * (d + 1)];
        for (int cls = 0; cls < intercepts.length; cls++) {
            System.arraycopy(weights[cls], 0, theta, cls * (d + 1), d);
            theta[cls * (d + 1) + d] = intercepts[cls];
        }
        return theta;
    }
}
