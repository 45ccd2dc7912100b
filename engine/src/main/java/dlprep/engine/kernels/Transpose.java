package dlprep.engine.kernels;

/**
 * Out-of-place matrix transpose with leading dimensions, the layout change the convolution kernels make
 * on their small operands so that the big ones can be read in place (e.g. dy into position-major order so
 * that the weight-gradient GEMM has no transposed operand).
 */
final class Transpose {

    /** Rows of the source walked per block, so that the strided side stays within a few cache lines. */
    private static final int BLOCK = 16;

    private Transpose() {
    }

    /**
     * {@code dst[dstOffset + j * dstStride + i] = src[srcOffset + i * srcStride + j]} for the
     * {@code rows x cols} source matrix: row i of the source becomes column i of the destination.
     */
    static void transpose(float[] src, int srcOffset, int rows, int cols, int srcStride,
                          float[] dst, int dstOffset, int dstStride) {
        for (int i0 = 0; i0 < rows; i0 += BLOCK) {
            int i1 = Math.min(rows, i0 + BLOCK);
            for (int j = 0; j < cols; j++) {
                int d = dstOffset + j * dstStride;
                for (int i = i0; i < i1; i++) {
                    dst[d + i] = src[srcOffset + i * srcStride + j];
                }
            }
        }
    }
}
