package dlprep.lab.ch1;

import java.util.Arrays;

/**
 * Linear least squares, the x minimising ||A x - b|| for an m x n matrix A of full column rank (m >= n),
 * in double precision, two ways: the normal equations A^T A x = A^T b solved by Cholesky, and Householder
 * QR (A = QR, then R x = Q^T b).
 *
 * <p>Why QR is the stable one: forming A^T A squares the condition number, cond(A^T A) = cond(A)^2, so the
 * normal equations lose about twice as many digits, a relative error near cond(A)^2 * eps against
 * cond(A) * eps for QR on a problem that fits exactly (Golub and Van Loan, Matrix Computations, 5.3). QR works
 * on A itself with reflections, which keep lengths and so never amplify rounding errors. With double's
 * eps = 2.2e-16, cond(A) = 1e8 leaves QR about 8 correct digits and the normal equations none.
 */
final class LeastSquares {

    /** A column whose part outside the span of the earlier ones is below this share of its length counts as dependent. */
    private static final double RANK_TOLERANCE = 1e-12;
    private static final int POWER_ITERATIONS = 200;

    private LeastSquares() {
    }

    /** The least-squares solution by Householder QR. */
    static double[] qr(double[][] a, double[] b) {
        Triangular t = householder(a, b);
        return backSubstitute(t.r(), t.qtb());
    }

    /** The least-squares solution of the normal equations A^T A x = A^T b, by Cholesky A^T A = L L^T. */
    static double[] normalEquations(double[][] a, double[] b) {
        int n = columns(a, b);
        double[][] l = new double[n][n];
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                double s = 0; // (A^T A)_ij minus what the columns of L found so far explain
                for (double[] row : a) {
                    s += row[i] * row[j];
                }
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("least squares: A^T A is not positive definite in double "
                                + "precision (pivot " + j + " is " + s + "); A is rank-deficient or too ill-conditioned "
                                + "for the normal equations");
                    }
                    l[j][j] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
            double s = 0; // forward substitution L z = A^T b, row j
            for (int r = 0; r < a.length; r++) {
                s += a[r][j] * b[r];
            }
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * z[k];
            }
            z[j] = s / l[j][j];
        }
        double[] x = new double[n]; // back substitution L^T x = z
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /**
     * The 2-norm condition number sigma_max / sigma_min of A, from R of its QR factorisation (A and R have
     * the same singular values): power iteration on R^T R for sigma_max^2 and on its inverse, applied by two
     * triangular solves, for 1 / sigma_min^2. Never forms A^T A, which would lose the small singular values.
     */
    static double conditionNumber(double[][] a) {
        double[][] r = householder(a, new double[a.length]).r();
        int n = r.length;
        double[] v = unit(n);
        double largest = 0;
        double inverseSmallest = 0;
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            double[] w = transposeTimes(r, times(r, v));
            largest = norm(w);
            v = scale(w, 1 / largest);
        }
        v = unit(n);
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            double[] w = backSubstitute(r, forwardSubstituteTransposed(r, v));
            inverseSmallest = norm(w);
            v = scale(w, 1 / inverseSmallest);
        }
        return Math.sqrt(largest * inverseSmallest);
    }

    /** R (n x n, upper triangular) and the first n entries of Q^T b. */
    private record Triangular(double[][] r, double[] qtb) {
    }

    /**
     * Reduces A to R by n Householder reflections H = I - 2 v v^T / (v^T v), step k zeroing column k below the
     * diagonal, and applies the same reflections to b.
     */
    private static Triangular householder(double[][] a, double[] b) {
        int m = a.length;
        int n = columns(a, b);
        if (m < n) {
            throw new IllegalArgumentException("least squares: " + m + " equations cannot determine " + n
                    + " unknowns; need at least as many rows as columns");
        }
        double[][] r = new double[m][];
        for (int i = 0; i < m; i++) {
            r[i] = a[i].clone();
        }
        double[] y = b.clone();
        double[] v = new double[m];
        for (int k = 0; k < n; k++) {
            double columnNorm = 0;
            double below = 0;
            for (int i = 0; i < m; i++) {
                columnNorm += a[i][k] * a[i][k];
                below += i >= k ? r[i][k] * r[i][k] : 0;
            }
            below = Math.sqrt(below);
            if (below <= RANK_TOLERANCE * Math.sqrt(columnNorm)) {
                throw new IllegalArgumentException("least squares: column " + k + " is a combination of the earlier "
                        + "columns (to working precision); A needs full column rank");
            }
            // Reflect x = r[k..m)[k] onto alpha e_k with alpha of the opposite sign to x_k, so v_k = x_k - alpha adds
            // two numbers of one sign instead of cancelling.
            double alpha = r[k][k] > 0 ? -below : below;
            double vv = 0;
            for (int i = k; i < m; i++) {
                v[i] = i == k ? r[k][k] - alpha : r[i][k];
                vv += v[i] * v[i];
            }
            for (int j = k; j < n; j++) {
                double s = 0;
                for (int i = k; i < m; i++) {
                    s += v[i] * r[i][j];
                }
                double f = 2 * s / vv;
                for (int i = k; i < m; i++) {
                    r[i][j] -= f * v[i];
                }
            }
            double s = 0;
            for (int i = k; i < m; i++) {
                s += v[i] * y[i];
            }
            double f = 2 * s / vv;
            for (int i = k; i < m; i++) {
                y[i] -= f * v[i];
            }
        }
        double[][] upper = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(r[i], i, upper[i], i, n - i);
        }
        return new Triangular(upper, Arrays.copyOf(y, n));
    }

    /** Solves R x = y for upper triangular R. */
    private static double[] backSubstitute(double[][] r, double[] y) {
        int n = r.length;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= r[i][k] * x[k];
            }
            x[i] = s / r[i][i];
        }
        return x;
    }

    /** Solves R^T x = y for upper triangular R (R^T is lower triangular). */
    private static double[] forwardSubstituteTransposed(double[][] r, double[] y) {
        int n = r.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double s = y[i];
            for (int k = 0; k < i; k++) {
                s -= r[k][i] * x[k];
            }
            x[i] = s / r[i][i];
        }
        return x;
    }

    private static int columns(double[][] a, double[] b) {
        if (a.length == 0 || a.length != b.length) {
            throw new IllegalArgumentException("least squares: A has " + a.length + " rows and b " + b.length
                    + " entries; they must be equal and positive");
        }
        return a[0].length;
    }

    private static double[] times(double[][] r, double[] v) {
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            for (int k = 0; k < v.length; k++) {
                out[i] += r[i][k] * v[k];
            }
        }
        return out;
    }

    private static double[] transposeTimes(double[][] r, double[] v) {
        double[] out = new double[r[0].length];
        for (int i = 0; i < r.length; i++) {
            for (int k = 0; k < out.length; k++) {
                out[k] += r[i][k] * v[i];
            }
        }
        return out;
    }

    private static double[] unit(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1 / Math.sqrt(n));
        return v;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double[] scale(double[] v, double c) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * c;
        }
        return out;
    }
}
