package dlprep.engine.kernels;

import java.util.Objects;

/**
 * Checks the arguments of a row-major GEMM call ({@link Gemm#sgemm}, {@link GemmReference#dgemm}) before any
 * element is touched, so a wrong call fails with the operation's name, the bad value and what was expected,
 * instead of an {@link ArrayIndexOutOfBoundsException} deep in a kernel (or, worse, a silent wrong answer
 * when a too-small leading dimension makes rows overlap).
 */
final class GemmArguments {

    private GemmArguments() {
    }

    /**
     * Validates sizes, leading dimensions, offsets and array lengths. {@code op(A)} is m x k, so A as stored is
     * m x k, or k x m when {@code transA}; likewise B is k x n, or n x k when {@code transB}; C is m x n.
     */
    static void check(String op, boolean transA, boolean transB, int m, int n, int k,
                      int aLength, int aOffset, int lda,
                      int bLength, int bOffset, int ldb,
                      int cLength, int cOffset, int ldc) {
        checkSize(op, "m", m);
        checkSize(op, "n", n);
        checkSize(op, "k", k);
        checkMatrix(op, "a", transA ? k : m, transA ? m : k, transA, aLength, aOffset, lda);
        checkMatrix(op, "b", transB ? n : k, transB ? k : n, transB, bLength, bOffset, ldb);
        checkMatrix(op, "c", m, n, false, cLength, cOffset, ldc);
    }

    /** The A operand alone, for {@link Gemm#pack}. */
    static void checkA(String op, boolean transA, int m, int k, float[] a, int aOffset, int lda) {
        Objects.requireNonNull(a, () -> op + ": array a is null");
        checkSize(op, "m", m);
        checkSize(op, "k", k);
        checkMatrix(op, "a", transA ? k : m, transA ? m : k, transA, a.length, aOffset, lda);
    }

    /** Null checks, kept apart so the message names the array rather than pointing at a length read. */
    static void checkNotNull(String op, Object a, Object b, Object c) {
        Objects.requireNonNull(a, () -> op + ": array a is null");
        Objects.requireNonNull(b, () -> op + ": array b is null");
        Objects.requireNonNull(c, () -> op + ": array c is null");
    }

    private static void checkSize(String op, String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(op + ": " + name + " must be >= 0, got " + value);
        }
    }

    /** A stored matrix of {@code rows x cols} at {@code offset} with row stride {@code ld}. */
    private static void checkMatrix(String op, String name, int rows, int cols, boolean transposed,
                                    int length, int offset, int ld) {
        String shape = name.toUpperCase() + " (stored " + rows + " x " + cols
                + (transposed ? ", transposed" : "") + ")";
        if (ld < cols) {
            throw new IllegalArgumentException(op + ": ld" + name + " must be >= " + cols + " for " + shape
                    + ", got " + ld);
        }
        if (offset < 0) {
            throw new IllegalArgumentException(op + ": " + name + "Offset must be >= 0, got " + offset);
        }
        if (rows == 0 || cols == 0) {
            return;
        }
        long needed = offset + (long) (rows - 1) * ld + cols;
        if (needed > length) {
            throw new IllegalArgumentException(op + ": array " + name + " has length " + length + " but " + shape
                    + " at offset " + offset + " with ld" + name + " " + ld + " needs length >= " + needed);
        }
    }
}
