package dlprep.ml.linear;

import dlprep.engine.linalg.Cholesky;
import dlprep.engine.linalg.Norms;
import dlprep.ml.Classifier;
import dlprep.ml.Inputs;

import java.util.Arrays;
import java.util.Locale;

/**
 * Binary logistic regression: P(y = 1 | x) = sigmoid(w . x + b), fitted by minimising the negative
 * log-likelihood with an L2 penalty on w (notes/02-ml/05-logistic-regression.md derives it). With
 * z_i = w . x_i + b and labels y_i in {0, 1}, the objective minimised is
 *
 * <pre>J(w, b) = (1/n) sum_i [log(1 + e^{z_i}) - y_i z_i] + ||w||^2 / (2 C n)</pre>
 *
 * <p>which is scikit-learn's {@code C * sum_i loss_i + ||w||^2 / 2} divided by C n: the same minimiser, so
 * {@code new LogisticRegression(C, ...)} and {@code LogisticRegression(C=C)} solve the same problem. As
 * there, the intercept is not penalised. Larger C means weaker regularisation.
 *
 * <p>Gradient (1/n) X^T (p - y) + w / (C n), Hessian (1/n) X^T S X + I / (C n) (the I on the w block) with S = diag(p_i (1 - p_i)).
 * Two solvers:
 * <ul>
 *   <li>{@link Solver#GRADIENT_DESCENT}: steps of 1/L with L = ||X||_2^2 / (4 n) + 1 / (C n), a bound on
 *       the Hessian since p (1 - p) <= 1/4. Cheap steps, many of them.</li>
 *   <li>{@link Solver#NEWTON}: Newton's method, theta <- theta - H^{-1} g, also called iteratively reweighted
 *       least squares (IRLS) because each step is a weighted least-squares problem with weights S. Converges
 *       quadratically near the optimum: a handful of steps. Each step is halved until J decreases, which
 *       keeps the first steps from overshooting on nearly separable data.</li>
 * </ul>
 */
public final class LogisticRegression implements Classifier {

    /** How the penalised negative log-likelihood is minimised. */
    public enum Solver { GRADIENT_DESCENT, NEWTON }

    private final double c;
    private final Solver solver;
    private final int maxIterations;
    private final double tolerance;
    private double[] weights;
    private double intercept;
    private int iterations;

    /** @param c inverse regularisation strength, > 0 (scikit-learn's C) */
    public LogisticRegression(double c, Solver solver, int maxIterations, double tolerance) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("LogisticRegression: C must be > 0 (inverse regularisation "
                    + "strength), got " + c);
        }
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("LogisticRegression: maxIterations must be >= 1 and tolerance > 0, got "
                    + maxIterations + " and " + tolerance);
        }
        this.c = c;
        this.solver = solver;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Newton with a gradient tolerance of 1e-10, or gradient descent with at most 100000 steps to 1e-8. */
    public LogisticRegression(double c, Solver solver) {
        this(c, solver, solver == Solver.NEWTON ? 100 : 100_000, solver == Solver.NEWTON ? 1e-10 : 1e-8);
    }

    @Override
    public LogisticRegression fit(double[][] x, int[] labels) {
        int classes = Inputs.checkFit("LogisticRegression", x, labels);
        if (classes != 2) {
            throw new IllegalArgumentException("LogisticRegression.fit: labels go up to " + (classes - 1)
                    + "; binary logistic regression needs labels 0 and 1 (use SoftmaxRegression for more classes)");
        }
        int d = x[0].length;
        double[] theta = switch (solver) {
            case NEWTON -> newton(x, labels);
            case GRADIENT_DESCENT -> {
                double lipschitz = Math.pow(Norms.spectral(withOnes(x)), 2) / (4.0 * x.length) + 1 / (c * x.length);
                GradientDescent.Result r = GradientDescent.minimize((t, g) -> objective(x, labels, t, g),
                        new double[d + 1], lipschitz, false, maxIterations, tolerance);
                iterations = r.iterations();
                yield r.theta();
            }
        };
        weights = Arrays.copyOf(theta, d);
        intercept = theta[d];
        return this;
    }

    private double[] newton(double[][] x, int[] y) {
        int n = x.length;
        int d = x[0].length;
        double[] theta = new double[d + 1];
        double[] g = new double[d + 1];
        double value = objective(x, y, theta, g);
        for (iterations = 0; iterations < maxIterations && Norms.lInfinity(g) > tolerance; iterations++) {
            double[][] h = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(z(x[i], theta));
                double s = p * (1 - p) / n;
                for (int a = 0; a <= d; a++) {
                    double xa = a < d ? x[i][a] : 1;
                    for (int b = 0; b <= a; b++) {
                        h[a][b] += s * xa * (b < d ? x[i][b] : 1);
                    }
                }
            }
            for (int a = 0; a <= d; a++) {
                for (int b = 0; b < a; b++) {
                    h[b][a] = h[a][b];
                }
                if (a < d) {
                    h[a][a] += 1 / (c * n);
                }
            }
            double[] step = Cholesky.of(h).solve(g);
            double[] trial = new double[d + 1];
            double[] trialGradient = new double[d + 1];
            double t = 1;
            double trialValue;
            do { // step halving: accept the first t with J(theta - t step) <= J(theta)
                for (int k = 0; k <= d; k++) {
                    trial[k] = theta[k] - t * step[k];
                }
                trialValue = objective(x, y, trial, trialGradient);
                t /= 2;
            } while (trialValue > value && t > 1e-10);
            theta = trial;
            g = trialGradient;
            value = trialValue;
        }
        return theta;
    }

    /**
     * The penalised mean negative log-likelihood J at theta = (w, b), and its gradient into {@code gradient}.
     * log(1 + e^z) is computed as max(z, 0) + log1p(e^{-|z|}), which neither overflows for large z nor
     * loses the answer to rounding for very negative z.
     */
    double objective(double[][] x, int[] y, double[] theta, double[] gradient) {
        int n = x.length;
        int d = theta.length - 1;
        Arrays.fill(gradient, 0);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double z = z(x[i], theta);
            loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
            double r = (sigmoid(z) - y[i]) / n;
            for (int j = 0; j < d; j++) {
                gradient[j] += r * x[i][j];
            }
            gradient[d] += r;
        }
        double penalty = 0;
        for (int j = 0; j < d; j++) {
            penalty += theta[j] * theta[j];
            gradient[j] += theta[j] / (c * n);
        }
        return loss / n + penalty / (2 * c * n);
    }

    /** P(y = 1 | x) for every row. */
    public double[] predictProbability(double[][] x) {
        FeatureRows.checkPredict("LogisticRegression", x, weights);
        double[] z = FeatureRows.affine(x, weights, intercept);
        for (int i = 0; i < z.length; i++) {
            z[i] = sigmoid(z[i]);
        }
        return z;
    }

    /** 1 where w . x + b > 0 (probability above 1/2), else 0. */
    @Override
    public int[] predict(double[][] x) {
        FeatureRows.checkPredict("LogisticRegression", x, weights);
        double[] z = FeatureRows.affine(x, weights, intercept);
        int[] labels = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            labels[i] = z[i] > 0 ? 1 : 0;
        }
        return labels;
    }

    public double[] weights() {
        return weights.clone();
    }

    public double intercept() {
        return intercept;
    }

    /** Newton steps or gradient steps taken by the last fit. */
    public int iterations() {
        return iterations;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "logistic(C=%g, %s)", c, solver.name().toLowerCase(Locale.ROOT));
    }

    /** 1 / (1 + e^{-z}), evaluated so that e^{...} never overflows: for z < 0 as e^z / (1 + e^z). */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    private static double z(double[] xi, double[] theta) {
        int d = xi.length;
        double s = theta[d];
        for (int j = 0; j < d; j++) {
            s += theta[j] * xi[j];
        }
        return s;
    }

    /** [X | 1], the design matrix with the intercept's column of ones. */
    static double[][] withOnes(double[][] x) {
        double[][] a = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            a[i] = Arrays.copyOf(x[i], x[i].length + 1);
            a[i][x[i].length] = 1;
        }
        return a;
    }
}
