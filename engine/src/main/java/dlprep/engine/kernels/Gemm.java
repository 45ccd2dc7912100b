package dlprep.engine.kernels;

/**
 * Single-precision general matrix multiply, row-major: {@code C = alpha * op(A) * op(B) + beta * C},
 * where {@code op(X)} is {@code X} or its transpose. {@code op(A)} is m x k, {@code op(B)} is k x n, C is
 * m x n. Leading dimensions are row strides of the matrices as stored (so for a transposed A stored as
 * k x m, {@code lda >= m}). With {@code beta == 0}, C is overwritten (NaNs in it do not propagate).
 */
public final class Gemm {

    private Gemm() {
    }

    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOffset, int lda,
                             float[] b, int bOffset, int ldb,
                             float beta, float[] c, int cOffset, int ldc) {
        // Placeholder until the fast kernel lands: the plain triple loop.
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    float av = transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
                    float bv = transB ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
                    sum += av * bv;
                }
                int ci = cOffset + i * ldc + j;
                c[ci] = (float) (alpha * sum + (beta == 0 ? 0 : beta * c[ci]));
            }
        }
    }
}
