package dlprep.engine.kernels;

import static dlprep.engine.kernels.GemmMicroKernel.MR;
import static dlprep.engine.kernels.GemmMicroKernel.NR;

import java.util.Arrays;

/**
 * Packing for {@link Gemm}: copies a block of {@code op(A)} or a panel of {@code op(B)} into a contiguous
 * buffer in exactly the order {@link GemmMicroKernel} reads it, so the kernel's loads are unit-stride,
 * cache-line and TLB friendly whatever the original layout.
 *
 * <p>This is also where transposes are handled: each routine reads either storage order of its operand, so a
 * transposed copy of A or B is never materialised. Slivers past the matrix edge are padded with zeros, so the
 * kernel always computes a full MR x NR tile and {@link Gemm} keeps only the valid part.
 */
final class GemmPacking {

    /**
     * Rows of a transposed B packed per pass: 64 x NR floats (16 KB) fit in L1, where a whole kc x NR sliver
     * (128 KB) does not; measured, this halves the time to pack a transposed B.
     */
    private static final int TRANSPOSE_BLOCK = 64;

    private GemmPacking() {
    }

    /**
     * Packs {@code op(A)[i0 : i0+mc, p0 : p0+kc]} as slivers of MR rows: the sliver of rows {@code s ..
     * s+MR-1} starts at {@code dstOffset + s * kc} and holds, for each p, the MR values of column p (the kernel broadcasts
     * them one by one). A is stored m x k, or k x m when {@code transA}.
     */
    static void packA(boolean transA, float[] a, int aOffset, int lda, int i0, int mc, int p0, int kc,
                      float[] dst, int dstOffset) {
        if (transA) {
            packTransposedA(a, aOffset, lda, i0, mc, p0, kc, dst, dstOffset);
            return;
        }
        for (int s = 0; s < mc; s += MR) {
            int rows = Math.min(MR, mc - s);
            int sliver = dstOffset + s * kc;
            // Row r of op(A) is row r of the stored A: read it contiguously, write it with stride MR.
            for (int r = 0; r < rows; r++) {
                int src = aOffset + (i0 + s + r) * lda + p0;
                for (int p = 0; p < kc; p++) {
                    dst[sliver + p * MR + r] = a[src + p];
                }
            }
            for (int r = rows; r < MR; r++) {
                for (int p = 0; p < kc; p++) {
                    dst[sliver + p * MR + r] = 0f;
                }
            }
        }
    }

    /**
     * Column p of op(A) is row p of the stored A, so each sliver takes MR contiguous values per p: sweep the
     * stored rows in memory order and deal each one out to the slivers, as {@link #packB} does.
     */
    private static void packTransposedA(float[] a, int aOffset, int lda, int i0, int mc, int p0, int kc,
                                        float[] dst, int dstOffset) {
        for (int p = 0; p < kc; p++) {
            int src = aOffset + (p0 + p) * lda + i0;
            for (int s = 0; s < mc; s += MR) {
                int rows = Math.min(MR, mc - s);
                int d = dstOffset + s * kc + p * MR;
                // A plain loop: System.arraycopy and Arrays.fill cost more in call overhead than MR copies.
                for (int r = 0; r < rows; r++) {
                    dst[d + r] = a[src + s + r];
                }
                for (int r = rows; r < MR; r++) {
                    dst[d + r] = 0f;
                }
            }
        }
    }

    /**
     * Packs {@code op(B)[p0 : p0+kc, j0 : j0+nc]} as slivers of NR columns: the sliver of columns {@code t ..
     * t+NR-1} starts at {@code t * kc} and holds, for each p, the NR values of row p (the kernel loads them as
     * vectors).
     * B is stored k x n, or n x k when {@code transB}.
     */
    static void packB(boolean transB, float[] b, int bOffset, int ldb, int p0, int kc, int j0, int nc,
                      float[] dst) {
        if (transB) {
            packTransposedB(b, bOffset, ldb, p0, kc, j0, nc, dst);
            return;
        }
        // Row p of op(B) is row p of the stored B: sweep the stored rows in memory order and deal each row
        // out to the slivers (reading sliver by sliver instead, 256 bytes per 4 KB row, was 2.5x slower).
        for (int p = 0; p < kc; p++) {
            int src = bOffset + (p0 + p) * ldb + j0;
            for (int t = 0; t < nc; t += NR) {
                int cols = Math.min(NR, nc - t);
                int d = t * kc + p * NR;
                System.arraycopy(b, src + t, dst, d, cols);
                if (cols < NR) {
                    Arrays.fill(dst, d + cols, d + NR, 0f);
                }
            }
        }
    }

    /**
     * Row p of op(B) is column p of the stored B: read each stored row contiguously and write it with stride
     * NR, a block of p at a time so the block being written stays in L1.
     */
    private static void packTransposedB(float[] b, int bOffset, int ldb, int p0, int kc, int j0, int nc,
                                        float[] dst) {
        for (int t = 0; t < nc; t += NR) {
            int cols = Math.min(NR, nc - t);
            int sliver = t * kc;
            for (int pb = 0; pb < kc; pb += TRANSPOSE_BLOCK) {
                int pe = Math.min(kc, pb + TRANSPOSE_BLOCK);
                for (int j = 0; j < cols; j++) {
                    int src = bOffset + (j0 + t + j) * ldb + p0;
                    for (int p = pb; p < pe; p++) {
                        dst[sliver + p * NR + j] = b[src + p];
                    }
                }
            }
            for (int j = cols; j < NR; j++) {
                for (int p = 0; p < kc; p++) {
                    dst[sliver + p * NR + j] = 0f;
                }
            }
        }
    }
}
