package dlprep.engine.kernels;

/**
 * The plain reference GEMM in double precision: {@code C = alpha * op(A) * op(B) + beta * C}, row-major,
 * with the same contract as {@link Gemm#sgemm} (transposes, offsets, leading dimensions; {@code beta == 0}
 * overwrites C, so NaNs already in C do not propagate).
 *
 * <p>It is the oracle the tests hold the fast {@link Gemm} against, and the engine's float64 matmul (the
 * gradient checks run in double). So it stays simple: the loop order i-p-j streams a row of B into a row
 * of C, which keeps the innermost loop contiguous when B is not transposed; for a transposed B the
 * innermost loop is a dot product over p, contiguous in B's storage instead.
 */
public final class GemmReference {

    private GemmReference() {
    }

    public static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
                             double[] a, int aOffset, int lda,
                             double[] b, int bOffset, int ldb,
                             double beta, double[] c, int cOffset, int ldc) {
        GemmArguments.checkNotNull("dgemm", a, b, c);
        GemmArguments.check("dgemm", transA, transB, m, n, k, a.length, aOffset, lda,
                b.length, bOffset, ldb, c.length, cOffset, ldc);
        for (int i = 0; i < m; i++) {
            int cRow = cOffset + i * ldc;
            scaleRow(c, cRow, n, beta);
            if (alpha == 0) {
                continue;
            }
            if (transB) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int p = 0; p < k; p++) {
                        sum += elementA(transA, a, aOffset, lda, i, p) * b[bOffset + j * ldb + p];
                    }
                    c[cRow + j] += alpha * sum;
                }
            } else {
                for (int p = 0; p < k; p++) {
                    double aip = alpha * elementA(transA, a, aOffset, lda, i, p);
                    int bRow = bOffset + p * ldb;
                    for (int j = 0; j < n; j++) {
                        c[cRow + j] += aip * b[bRow + j];
                    }
                }
            }
        }
    }

    /** {@code op(A)[i][p]}: A stored m x k, or k x m when transposed. */
    private static double elementA(boolean transA, double[] a, int aOffset, int lda, int i, int p) {
        return transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
    }

    /** {@code C[i][:] *= beta}, where {@code beta == 0} writes zeros (BLAS semantics: old C is not read). */
    private static void scaleRow(double[] c, int from, int n, double beta) {
        for (int j = from; j < from + n; j++) {
            c[j] = beta == 0 ? 0 : beta * c[j];
        }
    }
}
