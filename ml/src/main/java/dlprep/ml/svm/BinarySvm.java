package dlprep.ml.svm;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * One trained two-class machine: class {@code positive} (y = +1) against class {@code negative} (y = -1),
 * decision {@code f(x) = sum_i a_i y_i K(x_i, x) - rho}, a sum that only its support vectors
 * ({@code a_i > 0}) enter.
 */
public final class BinarySvm {

    private final int positive;
    private final int negative;
    private final Kernel kernel;
    private final double c;
    private final int[] trainingRows;
    private final int[] y;
    private final double[] alpha;
    private final int[] support;
    private final double[][] supportVectors;
    private final double[] dualCoef;
    private final double rho;
    private final int iterations;
    private final boolean converged;

    /**
     * @param trainingRows the rows (of the whole training set) this machine learnt from
     * @param x            those rows' features, {@code y} their signs, {@code alpha} their multipliers
     */
    BinarySvm(int positive, int negative, Kernel kernel, double c, int[] trainingRows, double[][] x, int[] y,
              Smo.Solution solution) {
        this.positive = positive;
        this.negative = negative;
        this.kernel = kernel;
        this.c = c;
        this.trainingRows = trainingRows;
        this.y = y;
        this.alpha = solution.alpha();
        this.rho = solution.rho();
        this.iterations = solution.iterations();
        this.converged = solution.converged();
        int[] sv = IntStream.range(0, alpha.length).filter(i -> alpha[i] > 0).toArray();
        this.support = Arrays.stream(sv).map(i -> trainingRows[i]).toArray();
        this.supportVectors = Arrays.stream(sv).mapToObj(i -> x[i]).toArray(double[][]::new);
        this.dualCoef = Arrays.stream(sv).mapToDouble(i -> alpha[i] * y[i]).toArray();
    }

    public int positive() {
        return positive;
    }

    public int negative() {
        return negative;
    }

    /** {@code f(x)}: positive means class {@link #positive()}. */
    public double decision(double[] x) {
        double s = -rho;
        for (int i = 0; i < supportVectors.length; i++) {
            s += dualCoef[i] * kernel.apply(supportVectors[i], x);
        }
        return s;
    }

    /** The training-row indices of the support vectors (scikit-learn's {@code support_}), ascending. */
    public int[] supportIndices() {
        return support.clone();
    }

    /** Support vectors with {@code a = C}: on the wrong side of their margin (or exactly on it); 0 for the hard margin. */
    public int boundedSupportVectors() {
        return (int) Arrays.stream(alpha).filter(a -> a >= c).count();
    }

    /** {@code a_i y_i} of each support vector (scikit-learn's {@code dual_coef_} for a binary problem). */
    public double[] dualCoefficients() {
        return dualCoef.clone();
    }

    /** The multiplier {@code a} of the training row {@code row}, 0 if the machine did not see or use it. */
    public double alpha(int row) {
        for (int i = 0; i < trainingRows.length; i++) {
            if (trainingRows[i] == row) {
                return alpha[i];
            }
        }
        return 0;
    }

    /** The intercept {@code b = -rho} of {@code f(x) = w.x + b}. */
    public double intercept() {
        return -rho;
    }

    /** SMO steps taken, and whether the stopping test was met before the iteration limit. */
    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    /** The primal weights {@code w = sum_i a_i y_i x_i}; only the linear kernel has them in input space. */
    public double[] weights() {
        if (kernel.type() != Kernel.Type.LINEAR) {
            throw new IllegalStateException("weights: the " + kernel.type() + " kernel's w lives in feature space; "
                    + "only the linear kernel has w in input space");
        }
        double[] w = new double[supportVectors[0].length];
        for (int i = 0; i < supportVectors.length; i++) {
            for (int k = 0; k < w.length; k++) {
                w[k] += dualCoef[i] * supportVectors[i][k];
            }
        }
        return w;
    }

    /**
     * The geometric margin {@code 1 / ||w||}: the distance from the separating hyperplane {@code w.x + b = 0}
     * to either margin hyperplane {@code w.x + b = +-1} (linear kernel only).
     */
    public double geometricMargin() {
        double[] w = weights();
        return 1.0 / Math.sqrt(Kernel.dot(w, w));
    }

    /**
     * The largest violation of the KKT conditions on this machine's training rows: with {@code m = y f(x)},
     * a multiplier at 0 needs {@code m >= 1}, a free one ({@code 0 < a < C}) {@code m = 1}, one at {@code C}
     * {@code m <= 1}; and {@code sum a_i y_i = 0}. Returns the worst shortfall, 0 at an exact optimum;
     * SMO's stopping test {@code tol} bounds it by about {@code tol}.
     */
    public double kktViolation(double[][] features) {
        double worst = Math.abs(Arrays.stream(dualCoef).sum());
        for (int t = 0; t < trainingRows.length; t++) {
            double[] x = features[trainingRows[t]];
            double m = y[t] * decision(x);
            double v;
            if (alpha[t] <= 0) {
                v = Math.max(0, 1 - m);
            } else if (alpha[t] < c) {
                v = Math.abs(1 - m);
            } else {
                v = Math.max(0, m - 1);
            }
            worst = Math.max(worst, v);
        }
        return worst;
    }
}
