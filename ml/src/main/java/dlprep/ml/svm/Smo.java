package dlprep.ml.svm;

/**
 * Sequential minimal optimisation (SMO, Platt 1998) for the soft-margin SVM dual
 * <pre>
 *   min_a  1/2 a'Qa - sum(a)   subject to  y'a = 0,  0 <= a_i <= C,   Q_ij = y_i y_j K(x_i, x_j)
 * </pre>
 * Each step changes two multipliers, the only way to move while keeping {@code y'a = 0}, and solves that
 * two-variable problem in closed form (Platt's clipped update). The pair is chosen by LIBSVM's second-order
 * working-set selection WSS2 (Fan, Chen and Lin, "Working set selection using second order information",
 * JMLR 6, 2005): {@code i} is the most violating index, and {@code j} the one whose step decreases the
 * objective most. It stops when the maximal violation {@code m(a) - M(a)} falls below {@code tol}, the
 * test LIBSVM and scikit-learn use ({@code tol = 1e-3} by default). {@code C = +infinity} is the hard margin.
 */
final class Smo {

    /** LIBSVM's {@code TAU}: the curvature used when {@code K_ii + K_jj - 2 K_ij} is not positive. */
    private static final double TAU = 1e-12;

    /** The solution: multipliers, the threshold {@code rho} (decision {@code sum a_i y_i K(x_i, x) - rho}), steps taken. */
    record Solution(double[] alpha, double rho, int iterations, boolean converged) {
    }

    private Smo() {
    }

    /** Solves the dual for the Gram matrix {@code k} ({@code K(x_i, x_j)}) and labels {@code y} in {-1, +1}. */
    static Solution solve(double[][] k, int[] y, double c, double tol, int maxIterations) {
        int n = y.length;
        double[] alpha = new double[n];
        // G = Q a - e, the gradient of the dual objective; a = 0 at the start, so G = -1.
        double[] grad = new double[n];
        java.util.Arrays.fill(grad, -1.0);
        int iter = 0;
        boolean converged = false;
        while (iter < maxIterations) {
            // i: the index in I_up with the largest -y_t G_t (the most violating "up" direction).
            int i = -1;
            double gMax = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < n; t++) {
                if (inUp(alpha[t], y[t], c) && -y[t] * grad[t] > gMax) {
                    gMax = -y[t] * grad[t];
                    i = t;
                }
            }
            // j: in I_low with -y_t G_t < -y_i G_i, minimising -b^2/a, the decrease of the objective
            // along the pair (second-order information); gMin tracks M(a) for the stopping test.
            int j = -1;
            double gMin = Double.POSITIVE_INFINITY;
            double best = Double.POSITIVE_INFINITY;
            for (int t = 0; t < n; t++) {
                if (!inLow(alpha[t], y[t], c)) {
                    continue;
                }
                double v = -y[t] * grad[t];
                gMin = Math.min(gMin, v);
                double b = gMax - v;
                if (i >= 0 && b > 0) {
                    double a = curvature(k, i, t);
                    if (-b * b / a < best) {
                        best = -b * b / a;
                        j = t;
                    }
                }
            }
            if (i < 0 || j < 0 || gMax - gMin < tol) {
                converged = true;
                break;
            }
            step(k, y, c, alpha, grad, i, j);
            iter++;
        }
        return new Solution(alpha, rho(y, c, alpha, grad), iter, converged);
    }

    /** I_up: a_t can move so that y_t a_t grows. */
    static boolean inUp(double a, int y, double c) {
        return (y > 0 && a < c) || (y < 0 && a > 0);
    }

    /** I_low: a_t can move so that y_t a_t shrinks. */
    static boolean inLow(double a, int y, double c) {
        return (y > 0 && a > 0) || (y < 0 && a < c);
    }

    private static double curvature(double[][] k, int i, int j) {
        double a = k[i][i] + k[j][j] - 2 * k[i][j];
        return a > 0 ? a : TAU;
    }

    /**
     * Platt's two-variable update in error form, {@code E_t = y_t G_t} (the prediction error up to the
     * common threshold): {@code a_j += y_j (E_i - E_j) / eta}, clipped to the box segment [L, H] the
     * constraint {@code y_i a_i + y_j a_j = const} leaves, then {@code a_i} moves to keep the sum.
     */
    private static void step(double[][] k, int[] y, double c, double[] alpha, double[] grad, int i, int j) {
        double eta = curvature(k, i, j);
        double ei = y[i] * grad[i];
        double ej = y[j] * grad[j];
        double low;
        double high;
        if (y[i] != y[j]) {
            low = Math.max(0, alpha[j] - alpha[i]);
            high = Math.min(c, c + alpha[j] - alpha[i]);
        } else {
            low = Math.max(0, alpha[i] + alpha[j] - c);
            high = Math.min(c, alpha[i] + alpha[j]);
        }
        double aj = snap(Math.min(high, Math.max(low, alpha[j] + y[j] * (ei - ej) / eta)), c);
        double ai = snap(alpha[i] + y[i] * y[j] * (alpha[j] - aj), c);
        double di = ai - alpha[i];
        double dj = aj - alpha[j];
        alpha[i] = ai;
        alpha[j] = aj;
        // G_t += Q_ti da_i + Q_tj da_j
        for (int t = 0; t < y.length; t++) {
            grad[t] += y[t] * (y[i] * k[t][i] * di + y[j] * k[t][j] * dj);
        }
    }

    /**
     * Puts a multiplier that rounding left within 1e-12 of a bound exactly on it. Without this an
     * {@code a = 5.6e-17} counts as "above 0", WSS2 keeps picking it, and the step it allows is that 5.6e-17:
     * SMO stalls.
     */
    private static double snap(double a, double c) {
        double eps = 1e-12 * (Double.isInfinite(c) ? 1 : Math.max(1, c));
        if (a < eps) {
            return 0;
        }
        return c - a < eps ? c : a;
    }

    /**
     * The threshold: at a free multiplier ({@code 0 < a < C}) KKT gives {@code y_t f(x_t) = 1}, so
     * {@code rho = y_t G_t}; averaged over the free ones, or the middle of the feasible interval if none is free.
     */
    private static double rho(int[] y, double c, double[] alpha, double[] grad) {
        double sum = 0;
        int free = 0;
        double upper = Double.POSITIVE_INFINITY;
        double lower = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < y.length; t++) {
            double yg = y[t] * grad[t];
            if (alpha[t] > 0 && alpha[t] < c) {
                sum += yg;
                free++;
            } else if ((alpha[t] >= c && y[t] < 0) || (alpha[t] <= 0 && y[t] > 0)) {
                upper = Math.min(upper, yg);
            } else {
                lower = Math.max(lower, yg);
            }
        }
        return free > 0 ? sum / free : (upper + lower) / 2;
    }
}
