package dlprep.engine.tensor;

import java.util.Arrays;

/**
 * Shape arithmetic shared by every op: element counts, row-major strides, dimension normalisation and
 * NumPy broadcasting. Shapes are plain {@code int[]}; none of these methods keeps a reference to them.
 */
public final class Shape {

    private Shape() {
    }

    /** Number of elements of a tensor of this shape (1 for a scalar, {@code []}). */
    public static int numel(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("shape " + str(shape) + " has " + n + " elements; at most "
                    + Integer.MAX_VALUE + " fit in one tensor");
        }
        return (int) n;
    }

    /** Row-major (C order) strides in elements. */
    public static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** Maps a possibly negative dimension index into {@code [0, rank)}, or fails naming {@code op}. */
    public static int dim(String op, int dim, int rank) {
        int d = dim < 0 ? dim + rank : dim;
        if (d < 0 || d >= rank) {
            throw new IllegalArgumentException(op + ": dimension " + dim + " is out of range for a tensor of rank "
                    + rank + " (valid: " + (-Math.max(rank, 1)) + " to " + (Math.max(rank, 1) - 1) + ")");
        }
        return d;
    }

    /** The broadcast shape of {@code a} and {@code b} under NumPy rules, or fails naming {@code op}. */
    public static int[] broadcast(String op, int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + str(a) + " and " + str(b)
                        + " cannot be broadcast (dimension " + i + ": " + da + " vs " + db + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /**
     * Strides for reading a tensor of shape {@code from} as if it had the (broadcast) shape {@code to}:
     * broadcast dimensions get stride 0, so the same element is read again.
     */
    public static int[] broadcastStrides(int[] from, int[] to) {
        int[] own = strides(from);
        int[] s = new int[to.length];
        int shift = to.length - from.length;
        for (int i = shift; i < to.length; i++) {
            s[i] = from[i - shift] == 1 ? 0 : own[i - shift];
        }
        return s;
    }

    /** PyTorch-style rendering: {@code [2, 3]}. */
    public static String str(int[] shape) {
        return Arrays.toString(shape);
    }
}
