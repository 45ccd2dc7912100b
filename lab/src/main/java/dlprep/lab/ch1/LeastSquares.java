package dlprep.lab.ch1;

import dlprep.engine.linalg.Cholesky;
import dlprep.engine.linalg.Matrices;
import dlprep.engine.linalg.Norms;
import dlprep.engine.linalg.QrDecomposition;

/**
 * Linear least squares, the x minimising ||A x - b|| for an m x n matrix A of full column rank (m >= n),
 * in double precision, two ways on the engine's linear algebra: the normal equations A^T A x = A^T b solved
 * by {@link Cholesky}, and Householder {@link QrDecomposition} (A = QR, then R x = Q^T b).
 *
 * <p>Why QR is the stable one: forming A^T A squares the condition number, cond(A^T A) = cond(A)^2, so the
 * normal equations lose about twice as many digits, a relative error near cond(A)^2 * eps against
 * cond(A) * eps for QR on a problem that fits exactly (Golub and Van Loan, Matrix Computations, 5.3). QR works
 * on A itself with reflections, which keep lengths and so never amplify rounding errors. With double's
 * eps = 2.2e-16, cond(A) = 1e8 leaves QR about 8 correct digits and the normal equations none.
 */
final class LeastSquares {

    private LeastSquares() {
    }

    /** The least-squares solution by Householder QR. */
    static double[] qr(double[][] a, double[] b) {
        requireEnoughEquations(a, b);
        return QrDecomposition.of(a).solveLeastSquares(b);
    }

    /** The least-squares solution of the normal equations A^T A x = A^T b, by Cholesky A^T A = L L^T. */
    static double[] normalEquations(double[][] a, double[] b) {
        requireEnoughEquations(a, b);
        double[][] at = Matrices.transpose(a);
        return Cholesky.of(Matrices.multiply(at, a)).solve(Matrices.multiply(at, b));
    }

    /**
     * The 2-norm condition number sigma_max / sigma_min of A, from its singular values (one-sided Jacobi SVD,
     * which never forms A^T A and so keeps the small singular values accurate).
     */
    static double conditionNumber(double[][] a) {
        return Norms.conditionNumber(a);
    }

    private static void requireEnoughEquations(double[][] a, double[] b) {
        if (a.length == 0 || a.length != b.length) {
            throw new IllegalArgumentException("least squares: A has " + a.length + " rows and b " + b.length
                    + " entries; they must be equal and positive");
        }
        if (a.length < a[0].length) {
            throw new IllegalArgumentException("least squares: " + a.length + " equations cannot determine "
                    + a[0].length + " unknowns; need at least as many rows as columns");
        }
    }
}
