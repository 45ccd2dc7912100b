package dlprep.engine.linalg;

/**
 * The rank of a matrix: the number of linearly independent columns (equally, rows).
 *
 * <p>Vectors a_1..a_n are <em>linearly dependent</em> when some combination c_1 a_1 + ... + c_n a_n with
 * not all c_i zero gives the zero vector, that is, one of them is a combination of the others and adds no
 * new direction. Their <em>span</em> is the set of all combinations c_1 a_1 + ... + c_n a_n; for the columns
 * of A it is the column space {A x}, the set of b for which A x = b has a solution. The rank is the
 * dimension of that span: A x = b is solvable for every b exactly when rank A equals the row count, and
 * the solution is unique exactly when rank A equals the column count.
 *
 * <p>In floating point an exactly dependent column arrives with rounding noise, so "independent" needs a
 * tolerance: the rank is the number of singular values above it. The default is numpy's
 * {@code matrix_rank}: {@code s_max * max(m, n) * eps}.
 */
public final class Rank {

    private Rank() {
    }

    /** The numerical rank with numpy's default tolerance. */
    public static int of(double[][] a) {
        double[] s = Svd.of(a).singularValues();
        int m = a.length;
        int n = a[0].length;
        return count(s, s[0] * Math.max(m, n) * Math.ulp(1.0));
    }

    /** The number of singular values strictly greater than {@code tolerance} (>= 0). */
    public static int of(double[][] a, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("rank: tolerance must be >= 0, got " + tolerance);
        }
        return count(Svd.of(a).singularValues(), tolerance);
    }

    private static int count(double[] s, double tolerance) {
        int r = 0;
        for (double v : s) {
            if (v > tolerance) {
                r++;
            }
        }
        return r;
    }
}
