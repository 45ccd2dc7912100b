package dlprep.engine.linalg;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The thin singular value decomposition A = U diag(s) V^T of an m x n matrix, k = min(m, n): U is m x k
 * and V^T is k x n, both with orthonormal rows/columns, and s holds the k singular values, descending and
 * >= 0. Geometrically every linear map is a rotation, an axis-aligned stretch and another rotation; the
 * stretches s_i are the square roots of the eigenvalues of A^T A.
 *
 * <p>One-sided Jacobi (Hestenes 1958; Demmel and Veselic 1992): rotate pairs of columns of A in the plane
 * they span until every pair is orthogonal. The rotations compose to V, the final column lengths are the
 * singular values and the normalised columns are U. Unlike forming A^T A and calling an eigen-solver, it
 * never squares the condition number, so small singular values keep their relative accuracy.
 */
public final class Svd {

    private static final int MAX_SWEEPS = 80;

    private final double[][] u;
    private final double[] s;
    private final double[][] vt;

    private Svd(double[][] u, double[] s, double[][] vt) {
        this.u = u;
        this.s = s;
        this.vt = vt;
    }

    /** Decomposes any m x n matrix with finite entries (a wide one through its transpose). */
    public static Svd of(double[][] a) {
        int n = Matrices.columns("svd", a);
        int m = a.length;
        if (m == 0 || n == 0) {
            throw new IllegalArgumentException("svd: the matrix is empty, shape " + Matrices.shape(a));
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException("svd: a[" + i + "][" + j + "] is " + a[i][j]
                            + "; the matrix must be finite");
                }
            }
        }
        if (m < n) {
            Svd t = tall(Matrices.transpose(a)); // A^T = U' S V'^T, so A = V' S U'^T
            return new Svd(Matrices.transpose(t.vt), t.s, Matrices.transpose(t.u));
        }
        return tall(a);
    }

    /** m >= n. Works on the columns of A stored as rows of W = A^T, so each column is one contiguous array. */
    private static Svd tall(double[][] a) {
        int m = a.length;
        int n = a[0].length;
        double[][] w = Matrices.transpose(a);
        double[][] v = Matrices.identity(n); // row j of v is column j of V as it accumulates
        double tolerance = m * Math.ulp(1.0);
        boolean rotated = true;
        for (int sweep = 0; sweep < MAX_SWEEPS && rotated; sweep++) {
            rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotated |= orthogonalise(w, v, p, q, tolerance);
                }
            }
        }
        double[] sigma = new double[n];
        for (int j = 0; j < n; j++) {
            sigma[j] = Math.sqrt(Matrices.dot(w[j], w[j]));
        }
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> sigma[j]).reversed());
        double[] s = new double[n];
        double[][] uColumns = new double[n][];
        double[][] vt = new double[n][];
        for (int c = 0; c < n; c++) {
            int j = order[c];
            s[c] = sigma[j];
            vt[c] = v[j];
            uColumns[c] = new double[m];
            if (sigma[j] > 0) {
                for (int i = 0; i < m; i++) {
                    uColumns[c][i] = w[j][i] / sigma[j];
                }
            }
        }
        for (int c = 0; c < n; c++) {
            if (s[c] == 0) {
                uColumns[c] = orthonormalComplement(uColumns, c, m);
            }
        }
        return new Svd(Matrices.transpose(uColumns), s, vt);
    }

    /**
     * Rotates columns p and q of A (rows of w) so that they become orthogonal, and the same columns of V.
     * With alpha = |a_p|^2, beta = |a_q|^2, gamma = a_p . a_q, this is the Jacobi rotation that diagonalises the
     * 2 x 2 Gram matrix [[alpha, gamma], [gamma, beta]]. Returns false when the pair is already orthogonal to
     * working precision, |gamma| <= tolerance * sqrt(alpha beta).
     */
    private static boolean orthogonalise(double[][] w, double[][] v, int p, int q, double tolerance) {
        double[] ap = w[p];
        double[] aq = w[q];
        double alpha = 0;
        double beta = 0;
        double gamma = 0;
        for (int i = 0; i < ap.length; i++) {
            alpha += ap[i] * ap[i];
            beta += aq[i] * aq[i];
            gamma += ap[i] * aq[i];
        }
        if (!(Math.abs(gamma) > tolerance * Math.sqrt(alpha * beta))) {
            return false;
        }
        double zeta = (beta - alpha) / (2 * gamma);
        double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        if (zeta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(1 + t * t);
        double s = c * t;
        rotatePair(ap, aq, c, s);
        rotatePair(v[p], v[q], c, s);
        return true;
    }

    private static void rotatePair(double[] x, double[] y, double c, double s) {
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double yi = y[i];
            x[i] = c * xi - s * yi;
            y[i] = s * xi + c * yi;
        }
    }

    /**
     * A unit vector orthogonal to columns[0..c) and to the other non-zero columns: a zero singular value
     * leaves its column of U undetermined, and the thin U still needs orthonormal columns. Gram-Schmidt
     * (applied twice, "twice is enough") on the standard basis vector that keeps the most length.
     */
    private static double[] orthonormalComplement(double[][] columns, int c, int m) {
        double[] best = null;
        double bestNorm = -1;
        for (int e = 0; e < m; e++) {
            double[] x = new double[m];
            x[e] = 1;
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < columns.length; k++) {
                    if (k != c && isNonZero(columns[k])) {
                        double d = Matrices.dot(columns[k], x);
                        for (int i = 0; i < m; i++) {
                            x[i] -= d * columns[k][i];
                        }
                    }
                }
            }
            double norm = Math.sqrt(Matrices.dot(x, x));
            if (norm > bestNorm) {
                bestNorm = norm;
                best = x;
            }
            if (bestNorm > 0.5) {
                break; // long enough that normalising it loses nothing
            }
        }
        for (int i = 0; i < m; i++) {
            best[i] /= bestNorm;
        }
        return best;
    }

    private static boolean isNonZero(double[] x) {
        for (double v : x) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    /** U, m x k with orthonormal columns. */
    public double[][] u() {
        return Matrices.copy(u);
    }

    /** The singular values, descending. */
    public double[] singularValues() {
        return s.clone();
    }

    /** V^T, k x n with orthonormal rows (the right singular vectors as rows, as numpy returns them). */
    public double[][] vt() {
        return Matrices.copy(vt);
    }

    /** U diag(s) V^T, for checking a decomposition against the matrix it came from. */
    public double[][] reconstruct() {
        double[][] us = Matrices.copy(u);
        for (double[] row : us) {
            for (int j = 0; j < s.length; j++) {
                row[j] *= s[j];
            }
        }
        return Matrices.multiply(us, vt);
    }
}
