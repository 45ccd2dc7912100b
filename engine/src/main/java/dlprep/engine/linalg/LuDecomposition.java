package dlprep.engine.linalg;

import java.util.Locale;

/**
 * Gaussian elimination written as a factorisation: P A = L U with L unit lower triangular (the multipliers
 * of the elimination), U upper triangular and P the row permutation chosen by partial pivoting. Once A is
 * factored, A x = b costs two triangular solves (L y = P b, then U x = y), the inverse is n such solves
 * and the determinant is the product of U's diagonal with the sign of P.
 *
 * <p>Partial pivoting: at step k the row with the largest |a_ik| (i >= k) is swapped to the top, so every
 * multiplier has |l_ik| <= 1 and rounding errors are not amplified by dividing by a small pivot (without it,
 * [[1e-20, 1], [1, 1]] loses every digit; Golub and Van Loan, Matrix Computations, 3.4).
 */
public final class LuDecomposition {

    private final double[][] lu;      // U on and above the diagonal, L's multipliers below it
    private final int[] permutation;  // row i of P A is row permutation[i] of A
    private final int swaps;
    private final double tolerance;

    private LuDecomposition(double[][] lu, int[] permutation, int swaps, double tolerance) {
        this.lu = lu;
        this.permutation = permutation;
        this.swaps = swaps;
        this.tolerance = tolerance;
    }

    /** Factors a square matrix. Never fails on a singular one: that is reported by {@link #solve}. */
    public static LuDecomposition of(double[][] a) {
        int n = Matrices.requireSquare("lu", a);
        double[][] lu = Matrices.copy(a);
        int[] perm = new int[n];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            perm[i] = i;
            for (double v : a[i]) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        int swaps = 0;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
                    p = i;
                }
            }
            if (p != k) {
                double[] row = lu[p];
                lu[p] = lu[k];
                lu[k] = row;
                int t = perm[p];
                perm[p] = perm[k];
                perm[k] = t;
                swaps++;
            }
            double pivot = lu[k][k];
            if (pivot == 0) {
                continue; // the column is already zero below the diagonal: nothing to eliminate
            }
            for (int i = k + 1; i < n; i++) {
                double m = lu[i][k] / pivot;
                lu[i][k] = m;
                for (int j = k + 1; j < n; j++) {
                    lu[i][j] -= m * lu[k][j];
                }
            }
        }
        // A pivot this small is rounding noise of an exact zero: n * eps * max|a_ij| is the backward-error
        // scale of elimination (the same rule as numpy's matrix_rank uses for singular values).
        double tolerance = n * Math.ulp(1.0) * largest;
        return new LuDecomposition(lu, perm, swaps, tolerance);
    }

    /** det A = (-1)^swaps * prod_k u_kk. Zero (or rounding noise near it) for a singular matrix. */
    public double determinant() {
        double det = swaps % 2 == 0 ? 1 : -1;
        for (int k = 0; k < lu.length; k++) {
            det *= lu[k][k];
        }
        return det;
    }

    /** Whether some pivot is at or below the tolerance, so that A has no inverse in double precision. */
    public boolean isSingular() {
        return firstSingularColumn() >= 0;
    }

    /** The x with A x = b. Throws {@link SingularMatrixException} when A is singular. */
    public double[] solve(double[] b) {
        int n = lu.length;
        if (b.length != n) {
            throw new IllegalArgumentException("solve: shapes " + Matrices.shape(lu) + " and [" + b.length
                    + "] do not match; b needs one entry per row of A");
        }
        requireNonsingular("solve");
        double[] x = new double[n];
        for (int i = 0; i < n; i++) { // L y = P b (L has ones on its diagonal)
            double s = b[permutation[i]];
            for (int k = 0; k < i; k++) {
                s -= lu[i][k] * x[k];
            }
            x[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) { // U x = y
            double s = x[i];
            for (int k = i + 1; k < n; k++) {
                s -= lu[i][k] * x[k];
            }
            x[i] = s / lu[i][i];
        }
        return x;
    }

    /** The X with A X = B, one column at a time. */
    public double[][] solve(double[][] b) {
        int cols = Matrices.columns("solve", b);
        if (b.length != lu.length) {
            throw new IllegalArgumentException("solve: shapes " + Matrices.shape(lu) + " and " + Matrices.shape(b)
                    + " do not match; B needs one row per row of A");
        }
        requireNonsingular("solve");
        double[][] x = new double[lu.length][cols];
        double[] column = new double[lu.length];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < lu.length; i++) {
                column[i] = b[i][j];
            }
            double[] xj = solve(column);
            for (int i = 0; i < lu.length; i++) {
                x[i][j] = xj[i];
            }
        }
        return x;
    }

    /** A^{-1}, the solution of A X = I. Throws {@link SingularMatrixException} when A is singular. */
    public double[][] inverse() {
        requireNonsingular("inverse");
        return solve(Matrices.identity(lu.length));
    }

    /** L, unit lower triangular. */
    public double[][] lower() {
        int n = lu.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(lu[i], 0, l[i], 0, i);
            l[i][i] = 1;
        }
        return l;
    }

    /** U, upper triangular. */
    public double[][] upper() {
        int n = lu.length;
        double[][] u = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(lu[i], i, u[i], i, n - i);
        }
        return u;
    }

    /** The permutation: row i of P A is row {@code permutation()[i]} of A. */
    public int[] permutation() {
        return permutation.clone();
    }

    private int firstSingularColumn() {
        for (int k = 0; k < lu.length; k++) {
            if (!(Math.abs(lu[k][k]) > tolerance)) {
                return k;
            }
        }
        return -1;
    }

    private void requireNonsingular(String op) {
        int k = firstSingularColumn();
        if (k >= 0) {
            throw new SingularMatrixException(String.format(Locale.ROOT,
                    "%s: the %s matrix is singular: no usable pivot in column %d (|u_kk| = %.3g, tolerance %.3g); "
                            + "that column is a linear combination of the earlier ones, so A x = b has no unique "
                            + "solution (use least squares or the pseudo-inverse instead)",
                    op, Matrices.shape(lu), k, Math.abs(lu[k][k]), tolerance), k);
        }
    }
}
