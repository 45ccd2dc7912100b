package dlprep.algorithms.math;

/**
 * Gauss-Jordan elimination with partial pivoting on the augmented matrix [A | b]. For each column, the row
 * with the largest |entry| at or below the current row becomes the pivot (dividing by a tiny pivot would
 * blow up rounding errors); it is scaled to 1 and the column is cleared in every other row. Invariant: after
 * column c, the pivot columns found so far form an identity in the pivot rows. A column with no entry above
 * the tolerance has no pivot (a free variable). Then: a zero row with a nonzero right side means no
 * solution; fewer pivots than unknowns means infinitely many. O(n^2 m) for n equations in m unknowns.
 */
public final class GaussianElimination {

    /** How many solutions the system has. */
    public enum Kind { UNIQUE, INFINITE, NONE }

    /**
     * The outcome: {@code x} is the solution (UNIQUE), one solution with the free variables at 0 (INFINITE),
     * or null (NONE); {@code rank} is the rank of A.
     */
    public record Solution(Kind kind, double[] x, int rank) {
    }

    /** Entries below this times the largest |entry| of the input count as zero. */
    static final double RELATIVE_TOLERANCE = 1e-10;

    private GaussianElimination() {
    }

    /** Solves A x = b for an n x m matrix A (rows may be fewer or more than unknowns). Inputs are not modified. */
    public static Solution solve(double[][] a, double[] b) {
        int n = checkMatrix("solve", a);
        if (b == null || b.length != n) {
            throw new IllegalArgumentException("solve: b must have one entry per row of A (" + n + "), got "
                    + (b == null ? "null" : b.length));
        }
        int m = a[0].length;
        double[][] aug = new double[n][m + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, aug[i], 0, m);
            aug[i][m] = b[i];
        }
        int[] pivotColumn = new int[n];
        double eps = tolerance(aug);
        int rank = reduce(aug, m, tolerance(a), pivotColumn);
        for (int i = rank; i < n; i++) {
            if (Math.abs(aug[i][m]) > eps) {
                return new Solution(Kind.NONE, null, rank);
            }
        }
        double[] x = new double[m];
        for (int i = 0; i < rank; i++) {
            x[pivotColumn[i]] = aug[i][m];
        }
        return new Solution(rank == m ? Kind.UNIQUE : Kind.INFINITE, x, rank);
    }

    /** The rank of A. */
    public static int rank(double[][] a) {
        checkMatrix("rank", a);
        double[][] copy = copy(a);
        return reduce(copy, copy[0].length, tolerance(a), new int[a.length]);
    }

    /** The determinant of a square A: the product of the pivots, negated once per row swap. */
    public static double determinant(double[][] a) {
        int n = checkMatrix("determinant", a);
        if (a[0].length != n) {
            throw new IllegalArgumentException("determinant: A must be square, got " + n + " x " + a[0].length);
        }
        double[][] u = copy(a);
        double eps = tolerance(a);
        double det = 1;
        for (int c = 0; c < n; c++) {
            int p = pivotRow(u, c, c);
            if (Math.abs(u[p][c]) <= eps) {
                return 0;
            }
            if (p != c) {
                double[] t = u[p];
                u[p] = u[c];
                u[c] = t;
                det = -det;
            }
            det *= u[c][c];
            for (int i = c + 1; i < n; i++) {
                double f = u[i][c] / u[c][c];
                for (int j = c; j < n; j++) {
                    u[i][j] -= f * u[c][j];
                }
            }
        }
        return det;
    }

    /** Reduces the first {@code columns} columns of {@code m} in place; returns the rank, fills pivot columns. */
    private static int reduce(double[][] m, int columns, double eps, int[] pivotColumn) {
        int rows = m.length;
        int width = m[0].length;
        int r = 0;
        for (int c = 0; c < columns && r < rows; c++) {
            int p = pivotRow(m, c, r);
            if (Math.abs(m[p][c]) <= eps) {
                continue;
            }
            double[] t = m[p];
            m[p] = m[r];
            m[r] = t;
            double pivot = m[r][c];
            for (int j = c; j < width; j++) {
                m[r][j] /= pivot;
            }
            for (int i = 0; i < rows; i++) {
                if (i != r && m[i][c] != 0) {
                    double f = m[i][c];
                    for (int j = c; j < width; j++) {
                        m[i][j] -= f * m[r][j];
                    }
                }
            }
            pivotColumn[r++] = c;
        }
        return r;
    }

    private static int pivotRow(double[][] m, int column, int from) {
        int best = from;
        for (int i = from + 1; i < m.length; i++) {
            if (Math.abs(m[i][column]) > Math.abs(m[best][column])) {
                best = i;
            }
        }
        return best;
    }

    private static double tolerance(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return RELATIVE_TOLERANCE * Math.max(max, Double.MIN_NORMAL);
    }

    private static int checkMatrix(String op, double[][] a) {
        if (a == null || a.length == 0 || a[0].length == 0) {
            throw new IllegalArgumentException(op + ": A must have at least one row and one column");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != a[0].length) {
                throw new IllegalArgumentException(op + ": row " + i + " of A has " + a[i].length
                        + " entries, row 0 has " + a[0].length);
            }
            for (double v : a[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(op + ": A has a non-finite entry " + v + " in row " + i);
                }
            }
        }
        return a.length;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
