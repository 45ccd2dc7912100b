package dlprep.engine.linalg;

/**
 * The elementary matrix operations: products, transpose, identity, sums, and the shape checks every other
 * class of the package uses, so that a wrong shape fails at the operation that received it, naming both
 * shapes ({@code multiply: shapes [2, 3] and [2, 3] cannot be multiplied}).
 */
public final class Matrices {

    private Matrices() {
    }

    /** The n x n identity matrix I: I x = x for every x, and A I = I A = A. */
    public static double[][] identity(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("identity: size must be >= 0, got " + n);
        }
        double[][] eye = new double[n][n];
        for (int i = 0; i < n; i++) {
            eye[i][i] = 1;
        }
        return eye;
    }

    /** A deep copy, so that decompositions can work in place without touching the caller's matrix. */
    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** A^T, with {@code (A^T)[j][i] = A[i][j]}. */
    public static double[][] transpose(double[][] a) {
        int cols = columns("transpose", a);
        double[][] t = new double[cols][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /**
     * The matrix product C = A B, {@code C[i][j] = sum_k A[i][k] B[k][j]}: defined when A's column count equals
     * B's row count. The loop order i-k-j walks rows of B and C contiguously.
     */
    public static double[][] multiply(double[][] a, double[][] b) {
        int inner = columns("multiply", a);
        int cols = columns("multiply", b);
        if (inner != b.length) {
            throw new IllegalArgumentException("multiply: shapes " + shape(a) + " and " + shape(b)
                    + " cannot be multiplied (A has " + inner + " columns but B has " + b.length + " rows)");
        }
        double[][] c = new double[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                double[] bk = b[k];
                double[] ci = c[i];
                for (int j = 0; j < cols; j++) {
                    ci[j] += aik * bk[j];
                }
            }
        }
        return c;
    }

    /** The matrix-vector product y = A x, {@code y[i] = sum_k A[i][k] x[k]}. */
    public static double[] multiply(double[][] a, double[] x) {
        int cols = columns("multiply", a);
        if (cols != x.length) {
            throw new IllegalArgumentException("multiply: shapes " + shape(a) + " and [" + x.length
                    + "] cannot be multiplied (A has " + cols + " columns but x has " + x.length + " entries)");
        }
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            y[i] = dot(a[i], x);
        }
        return y;
    }

    /** The inner product x . y = sum_i x_i y_i. */
    public static double dot(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("dot: vectors of lengths " + x.length + " and " + y.length
                    + " have no inner product; they must have the same length");
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** A + B, elementwise. */
    public static double[][] add(double[][] a, double[][] b) {
        return combine("add", a, b, 1);
    }

    /** A - B, elementwise. */
    public static double[][] subtract(double[][] a, double[][] b) {
        return combine("subtract", a, b, -1);
    }

    /** c A. */
    public static double[][] scale(double[][] a, double c) {
        int cols = columns("scale", a);
        double[][] r = new double[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                r[i][j] = c * a[i][j];
            }
        }
        return r;
    }

    /** {@code max_ij |A[i][j] - B[i][j]|}: how tests and comparisons measure "the same matrix". */
    public static double maxAbsDifference(double[][] a, double[][] b) {
        double[][] d = subtract(a, b);
        double worst = 0;
        for (double[] row : d) {
            for (double v : row) {
                worst = Math.max(worst, Math.abs(v));
            }
        }
        return worst;
    }

    /** The shape as the engine prints it, {@code [rows, columns]} ({@code [0, 0]} for no rows). */
    public static String shape(double[][] a) {
        return "[" + a.length + ", " + (a.length == 0 ? 0 : a[0].length) + "]";
    }

    /**
     * The column count of a rectangular matrix, failing (named after {@code op}) on a ragged array, whose
     * rows differ in length and so is no matrix at all.
     */
    public static int columns(String op, double[][] a) {
        if (a.length == 0) {
            return 0;
        }
        int cols = a[0].length;
        for (int i = 1; i < a.length; i++) {
            if (a[i].length != cols) {
                throw new IllegalArgumentException(op + ": row " + i + " has " + a[i].length + " entries but row 0 has "
                        + cols + "; a matrix needs rows of one length");
            }
        }
        return cols;
    }

    /** The size n of a square n x n matrix, failing (named after {@code op}) on any other shape. */
    public static int requireSquare(String op, double[][] a) {
        int cols = columns(op, a);
        if (cols != a.length) {
            throw new IllegalArgumentException(op + ": needs a square matrix, got shape " + shape(a));
        }
        return cols;
    }

    private static double[][] combine(String op, double[][] a, double[][] b, double sign) {
        int cols = columns(op, a);
        if (a.length != b.length || cols != columns(op, b)) {
            throw new IllegalArgumentException(op + ": shapes " + shape(a) + " and " + shape(b)
                    + " differ; elementwise operations need equal shapes");
        }
        double[][] r = new double[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                r[i][j] = a[i][j] + sign * b[i][j];
            }
        }
        return r;
    }
}
