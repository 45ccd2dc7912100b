package dlprep.engine.linalg;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The eigen-decomposition of a real symmetric matrix, A = V diag(lambda) V^T: real eigenvalues and an
 * orthonormal basis of eigenvectors (the spectral theorem), A v_i = lambda_i v_i. Eigenvalues come in
 * descending order and the eigenvectors are the columns of V, matched by index.
 *
 * <p>Cyclic Jacobi: sweep over every off-diagonal pair (p, q) and apply the plane rotation J that zeroes
 * a_pq, A <- J^T A J, accumulating V <- V J. A rotation keeps the Frobenius norm, and moves a_pq^2 onto the
 * diagonal, so the off-diagonal mass only shrinks, quadratically once small; a handful of sweeps reach
 * rounding level. Slower than Householder tridiagonalisation + QR for large n, but short, and accurate to
 * high relative precision (Golub and Van Loan, 8.5; Numerical Recipes, 11.1).
 */
public final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    private final double[] eigenvalues;
    private final double[][] eigenvectors;

    private SymmetricEigen(double[] eigenvalues, double[][] eigenvectors) {
        this.eigenvalues = eigenvalues;
        this.eigenvectors = eigenvectors;
    }

    /** Decomposes a symmetric matrix (checked: a non-symmetric one has no such decomposition in general). */
    public static SymmetricEigen of(double[][] a) {
        int n = Matrices.requireSquare("eigh", a);
        double scale = 0;
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("eigh: the matrix holds " + v + "; it must be finite");
                }
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > 1e-12 * Math.max(scale, Double.MIN_NORMAL)) {
                    throw new IllegalArgumentException("eigh: the matrix is not symmetric: a[" + i + "][" + j + "] = "
                            + a[i][j] + " but a[" + j + "][" + i + "] = " + a[j][i]);
                }
            }
        }
        double[][] w = Matrices.copy(a);
        double[][] v = Matrices.identity(n);
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonalNorm(w) > Math.ulp(1.0) * frobenius(w); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(w, v, p, q);
                }
            }
        }
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = w[i][i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> lambda[i]).reversed());
        double[] sortedValues = new double[n];
        double[][] sortedVectors = new double[n][n];
        for (int c = 0; c < n; c++) {
            sortedValues[c] = lambda[order[c]];
            for (int r = 0; r < n; r++) {
                sortedVectors[r][c] = v[r][order[c]];
            }
        }
        return new SymmetricEigen(sortedValues, sortedVectors);
    }

    /** The eigenvalues, descending. */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** V: column i is the unit eigenvector of eigenvalue i. */
    public double[][] eigenvectors() {
        return Matrices.copy(eigenvectors);
    }

    /**
     * One Jacobi rotation in the (p, q) plane, with J_pp = J_qq = c, J_pq = s, J_qp = -s. The angle solves
     * cot(2 phi) = (a_qq - a_pp) / (2 a_pq), which makes the new a_pq zero; t = tan(phi) is taken as the
     * smaller root of t^2 + 2 theta t - 1 = 0, so |phi| <= pi/4 and the rotation disturbs little else.
     */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) { // A <- A J (columns p and q)
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) { // A <- J^T A (rows p and q)
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        a[p][q] = 0; // exactly zero by the choice of angle; drop the rounding residue
        a[q][p] = 0;
        for (int k = 0; k < n; k++) { // V <- V J
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonalNorm(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    s += a[i][j] * a[i][j];
                }
            }
        }
        return Math.sqrt(s);
    }

    private static double frobenius(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double x : row) {
                s += x * x;
            }
        }
        return Math.sqrt(s);
    }
}
