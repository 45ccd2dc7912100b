package dlprep.engine.linalg;

/**
 * Vector norms (L1, L2, Lp, L-infinity), matrix norms (Frobenius, 1, infinity, spectral) and the 2-norm
 * condition number, named as in {@code torch.linalg.vector_norm} / {@code matrix_norm} / {@code cond}.
 *
 * <p>A norm measures size: ||x|| >= 0 with equality only for x = 0, ||c x|| = |c| ||x||, and the triangle
 * inequality ||x + y|| <= ||x|| + ||y||. The Lp norms are (sum |x_i|^p)^(1/p) for p >= 1; below 1 the
 * triangle inequality fails. The induced matrix norm ||A|| = max ||A x|| / ||x|| is the largest stretch A
 * applies to any vector: the maximum absolute column sum for p = 1, row sum for p = infinity, and the
 * largest singular value for p = 2.
 */
public final class Norms {

    private Norms() {
    }

    /** ||x||_1 = sum |x_i|: the "Manhattan" length, the lasso penalty. */
    public static double l1(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.abs(v);
        }
        return s;
    }

    /**
     * ||x||_2 = sqrt(sum x_i^2), the Euclidean length. Each entry is divided by max |x_i| before squaring
     * and the result multiplied back, so that entries near 1e200 do not overflow to infinity when squared
     * (nor entries near 1e-200 underflow to 0), as LAPACK's dnrm2 does.
     */
    public static double l2(double[] x) {
        double scale = lInfinity(x);
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double s = 0;
        for (double v : x) {
            double r = v / scale;
            s += r * r;
        }
        return scale * Math.sqrt(s);
    }

    /** ||x||_p = (sum |x_i|^p)^(1/p) for p >= 1 (infinity gives {@link #lInfinity}), overflow-safe like L2. */
    public static double lp(double[] x, double p) {
        if (!(p >= 1)) {
            throw new IllegalArgumentException("lp: p must be >= 1 (got " + p + "); below 1 the triangle inequality "
                    + "fails and (sum |x_i|^p)^(1/p) is not a norm");
        }
        if (p == Double.POSITIVE_INFINITY) {
            return lInfinity(x);
        }
        double scale = lInfinity(x);
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double s = 0;
        for (double v : x) {
            s += Math.pow(Math.abs(v) / scale, p);
        }
        return scale * Math.pow(s, 1 / p);
    }

    /** ||x||_inf = max |x_i|, the limit of ||x||_p as p grows. */
    public static double lInfinity(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** ||A||_F = sqrt(sum_ij a_ij^2) = sqrt(trace(A^T A)) = sqrt(sum_i s_i^2): L2 of A read as one long vector. */
    public static double frobenius(double[][] a) {
        int cols = Matrices.columns("frobenius", a);
        double[] flat = new double[a.length * cols];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, flat, i * cols, cols);
        }
        return l2(flat);
    }

    /** ||A||_1 = max_j sum_i |a_ij|, the largest absolute column sum (the norm induced by L1). */
    public static double one(double[][] a) {
        int cols = Matrices.columns("matrix 1-norm", a);
        double m = 0;
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (double[] row : a) {
                s += Math.abs(row[j]);
            }
            m = Math.max(m, s);
        }
        return m;
    }

    /** ||A||_inf = max_i sum_j |a_ij|, the largest absolute row sum (the norm induced by L-infinity). */
    public static double infinity(double[][] a) {
        Matrices.columns("matrix inf-norm", a);
        double m = 0;
        for (double[] row : a) {
            m = Math.max(m, l1(row));
        }
        return m;
    }

    /** ||A||_2 = s_max, the largest singular value (the norm induced by L2): the most A stretches any vector. */
    public static double spectral(double[][] a) {
        return Svd.of(a).singularValues()[0];
    }

    /**
     * The 2-norm condition number kappa(A) = s_max / s_min (infinity when s_min = 0): how much a relative
     * change in b can be amplified in the solution of A x = b, and, for a quadratic with Hessian A, how
     * elongated its level sets are and so how slowly gradient descent converges.
     */
    public static double conditionNumber(double[][] a) {
        double[] s = Svd.of(a).singularValues();
        double smallest = s[s.length - 1];
        return smallest == 0 ? Double.POSITIVE_INFINITY : s[0] / smallest;
    }
}
