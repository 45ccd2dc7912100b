package dlprep.engine.kernels;

import static dlprep.engine.kernels.GemmMicroKernel.LANES;
import static dlprep.engine.kernels.GemmMicroKernel.SPECIES;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The {@link Gemm} path for problems too small to pay for packing and threads: no copies, no blocking, each
 * row of C computed straight from A and B as stored, a vector at a time along whichever dimension is
 * contiguous. (The plain scalar loop is not enough: C2 did not vectorise {@code c[j] += s * b[j]} on its own,
 * which stayed below 6 GFLOP/s and ran 2 to 5 times slower than this on the same shapes.)
 */
final class GemmSmall {

    private GemmSmall() {
    }

    static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float beta, float[] c, int cOffset, int ldc) {
        for (int i = 0; i < m; i++) {
            int ci = cOffset + i * ldc;
            if (transB && !transA) {
                dotProducts(k, n, alpha, a, aOffset + i * lda, b, bOffset, ldb, beta, c, ci);
            } else {
                rowUpdate(transA, transB, i, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, ci);
            }
        }
    }

    /**
     * {@code C[i][j] = alpha * A[i][:] . B[j][:] + beta * C[i][j]}: row i of A and row j of a B stored n x k
     * are both contiguous, so each element of C is one vectorised dot product.
     */
    private static void dotProducts(int k, int n, float alpha, float[] a, int aRow, float[] b, int bOffset,
                                    int ldb, float beta, float[] c, int cRow) {
        for (int j = 0; j < n; j++) {
            float t = alpha * dot(k, a, aRow, b, bOffset + j * ldb);
            c[cRow + j] = beta == 0 ? t : beta * c[cRow + j] + t;
        }
    }

    /**
     * {@code C[i][:] = beta * C[i][:] + sum over p of (alpha * A[i][p]) * B[p][:]}: a row of C is updated by
     * rows of B, vectorised along the row when B is stored k x n (when it is stored transposed and A is too,
     * the row of B is strided and the loop stays scalar).
     */
    private static void rowUpdate(boolean transA, boolean transB, int i, int n, int k, float alpha,
                                  float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                                  float beta, float[] c, int cRow) {
        Gemm.scale(1, n, beta, c, cRow, n);
        for (int p = 0; p < k; p++) {
            float aip = alpha * (transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p]);
            if (transB) {
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aip * b[bOffset + j * ldb + p];
                }
            } else {
                axpy(n, aip, b, bOffset + p * ldb, c, cRow);
            }
        }
    }

    /** {@code x[xFrom : xFrom+len] . y[yFrom : yFrom+len]}. */
    private static float dot(int len, float[] x, int xFrom, float[] y, int yFrom) {
        FloatVector sum = FloatVector.zero(SPECIES);
        int p = 0;
        for (int end = SPECIES.loopBound(len); p < end; p += LANES) {
            sum = FloatVector.fromArray(SPECIES, x, xFrom + p).fma(FloatVector.fromArray(SPECIES, y, yFrom + p), sum);
        }
        float s = sum.reduceLanes(VectorOperators.ADD);
        for (; p < len; p++) {
            s += x[xFrom + p] * y[yFrom + p];
        }
        return s;
    }

    /** {@code y[yFrom : yFrom+len] += s * x[xFrom : xFrom+len]}. */
    private static void axpy(int len, float s, float[] x, int xFrom, float[] y, int yFrom) {
        FloatVector sv = FloatVector.broadcast(SPECIES, s);
        int j = 0;
        for (int end = SPECIES.loopBound(len); j < end; j += LANES) {
            sv.fma(FloatVector.fromArray(SPECIES, x, xFrom + j), FloatVector.fromArray(SPECIES, y, yFrom + j))
                    .intoArray(y, yFrom + j);
        }
        for (; j < len; j++) {
            y[yFrom + j] += s * x[xFrom + j];
        }
    }
}
