package dlprep.engine.linalg;

import java.util.Locale;

/**
 * A = Q R for an m x n matrix with m >= n, by n Householder reflections: Q has orthonormal columns and R is
 * upper triangular. Reflection k, H_k = I - 2 v v^T / (v^T v), maps column k below the diagonal onto a
 * multiple of e_k; R = H_{n-1} ... H_0 A and Q = H_0 ... H_{n-1} (thin: its first n columns).
 *
 * <p>Least squares is why QR matters: min ||A x - b|| is solved by R x = (Q^T b)[0..n), working on A itself.
 * The normal equations A^T A x = A^T b square the condition number (cond(A^T A) = cond(A)^2) and so lose
 * twice the digits; reflections keep lengths and never amplify rounding (Golub and Van Loan, 5.3).
 */
public final class QrDecomposition {

    private final double[][] reflected; // R on and above the diagonal; the reflectors are kept separately
    private final double[][] vectors;   // vectors[k] = v of H_k, zero above index k
    private final int rows;
    private final int cols;

    private QrDecomposition(double[][] reflected, double[][] vectors, int rows, int cols) {
        this.reflected = reflected;
        this.vectors = vectors;
        this.rows = rows;
        this.cols = cols;
    }

    /** Factors an m x n matrix with m >= n (at least as many equations as unknowns). */
    public static QrDecomposition of(double[][] a) {
        int n = Matrices.columns("qr", a);
        int m = a.length;
        if (m < n || n == 0) {
            throw new IllegalArgumentException("qr: needs at least as many rows as columns and at least one column, "
                    + "got shape " + Matrices.shape(a));
        }
        double[][] r = Matrices.copy(a);
        double[][] vs = new double[n][m];
        for (int k = 0; k < n; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm += r[i][k] * r[i][k];
            }
            norm = Math.sqrt(norm);
            double[] v = vs[k];
            if (norm == 0) {
                continue; // the column is already zero below the diagonal: H_k = I
            }
            // Reflect onto alpha e_k with alpha of the opposite sign to r_kk, so v_k = r_kk - alpha adds two
            // numbers of one sign instead of cancelling.
            double alpha = r[k][k] > 0 ? -norm : norm;
            for (int i = k; i < m; i++) {
                v[i] = r[i][k];
            }
            v[k] -= alpha;
            double vv = 0;
            for (int i = k; i < m; i++) {
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
        }
        return new QrDecomposition(r, vs, m, n);
    }

    /** R, n x n upper triangular. */
    public double[][] r() {
        double[][] upper = new double[cols][cols];
        for (int i = 0; i < cols; i++) {
            System.arraycopy(reflected[i], i, upper[i], i, cols - i);
        }
        return upper;
    }

    /** The thin Q, m x n with orthonormal columns: the reflections applied to the first n columns of I. */
    public double[][] q() {
        double[][] q = new double[rows][cols];
        for (int i = 0; i < cols; i++) {
            q[i][i] = 1;
        }
        for (int k = cols - 1; k >= 0; k--) {
            double[] v = vectors[k];
            double vv = 0;
            for (int i = k; i < rows; i++) {
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int i = k; i < rows; i++) {
                    s += v[i] * q[i][j];
                }
                double f = 2 * s / vv;
                for (int i = k; i < rows; i++) {
                    q[i][j] -= f * v[i];
                }
            }
        }
        return q;
    }

    /** Q^T b: the reflections applied to b in the order they were made. */
    public double[] qTransposeTimes(double[] b) {
        if (b.length != rows) {
            throw new IllegalArgumentException("qr: shapes " + Matrices.shape(reflected) + " and [" + b.length
                    + "] do not match; b needs one entry per row of A");
        }
        double[] y = b.clone();
        for (int k = 0; k < cols; k++) {
            double[] v = vectors[k];
            double vv = 0;
            double s = 0;
            for (int i = k; i < rows; i++) {
                vv += v[i] * v[i];
                s += v[i] * y[i];
            }
            if (vv == 0) {
                continue;
            }
            double f = 2 * s / vv;
            for (int i = k; i < rows; i++) {
                y[i] -= f * v[i];
            }
        }
        return y;
    }

    /**
     * The least-squares solution: the x minimising ||A x - b||_2, from R x = (Q^T b)[0..n). Needs A to have
     * full column rank; a column that is (numerically) a combination of the earlier ones makes R singular
     * and is named in the error.
     */
    public double[] solveLeastSquares(double[] b) {
        double largest = 0;
        for (int k = 0; k < cols; k++) {
            largest = Math.max(largest, Math.abs(reflected[k][k]));
        }
        double tolerance = Math.max(rows, cols) * Math.ulp(1.0) * largest;
        for (int k = 0; k < cols; k++) {
            if (!(Math.abs(reflected[k][k]) > tolerance)) {
                throw new SingularMatrixException(String.format(Locale.ROOT,
                        "least squares: the %s matrix is rank-deficient: column %d is a linear combination of the "
                                + "earlier columns (|r_kk| = %.3g, tolerance %.3g); remove it or add a ridge penalty",
                        Matrices.shape(reflected), k, Math.abs(reflected[k][k]), tolerance), k);
            }
        }
        double[] y = qTransposeTimes(b);
        double[] x = new double[cols];
        for (int i = cols - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < cols; k++) {
                s -= reflected[i][k] * x[k];
            }
            x[i] = s / reflected[i][i];
        }
        return x;
    }
}
