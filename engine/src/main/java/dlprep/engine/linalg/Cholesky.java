package dlprep.engine.linalg;

import java.util.Locale;

/**
 * A = L L^T for a symmetric positive definite A, L lower triangular with a positive diagonal: "the square
 * root of a matrix", at half the cost of LU and with no pivoting needed. It exists exactly when A is
 * symmetric positive definite (x^T A x > 0 for every x != 0), so it is also the cheapest test of that
 * property, the one the normal equations X^T X and covariance matrices are meant to have.
 */
public final class Cholesky {

    private final double[][] l;

    private Cholesky(double[][] l) {
        this.l = l;
    }

    /**
     * Factors A, column by column: l_jj = sqrt(a_jj - sum_k l_jk^2), l_ij = (a_ij - sum_k l_ik l_jk) / l_jj.
     * Fails naming the column whose pivot is not positive when A is not positive definite.
     */
    public static Cholesky of(double[][] a) {
        int n = Matrices.requireSquare("cholesky", a);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double scale = Math.max(Math.abs(a[i][j]), Math.abs(a[j][i]));
                if (Math.abs(a[i][j] - a[j][i]) > 1e-12 * Math.max(scale, 1)) {
                    throw new IllegalArgumentException("cholesky: the matrix is not symmetric: a[" + i + "][" + j
                            + "] = " + a[i][j] + " but a[" + j + "][" + i + "] = " + a[j][i]);
                }
            }
        }
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "cholesky: the matrix is not positive definite: the pivot of column %d is %.3g (must be > 0)",
                        j, d));
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return new Cholesky(l);
    }

    /** L (a copy). */
    public double[][] lower() {
        return Matrices.copy(l);
    }

    /** The x with A x = b: L y = b forward, then L^T x = y backward. */
    public double[] solve(double[] b) {
        int n = l.length;
        if (b.length != n) {
            throw new IllegalArgumentException("cholesky solve: shapes " + Matrices.shape(l) + " and [" + b.length
                    + "] do not match; b needs one entry per row of A");
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** det A = prod_i l_ii^2. */
    public double determinant() {
        double det = 1;
        for (int i = 0; i < l.length; i++) {
            det *= l[i][i] * l[i][i];
        }
        return det;
    }
}
