package dlprep.algorithms.math;

/**
 * Matrix fast power: the binary exponentiation of {@link FastPower} with matrix products, so a linear
 * recurrence of order k is advanced n steps in O(k^3 log n). Fibonacci:
 * {@code [[1,1],[1,0]]^n = [[F(n+1), F(n)], [F(n), F(n-1)]]}.
 */
public final class MatrixPower {

    private MatrixPower() {
    }

    /** {@code m^exponent mod modulus} for a square matrix m with entries reduced into [0, modulus). */
    public static long[][] pow(long[][] m, long exponent, long modulus) {
        int n = m.length;
        for (long[] row : m) {
            if (row.length != n) {
                throw new IllegalArgumentException("MatrixPower.pow: the matrix must be square, got " + n + " rows and a row of "
                        + row.length);
            }
        }
        if (exponent < 0) {
            throw new IllegalArgumentException("MatrixPower.pow: exponent must be >= 0, got " + exponent);
        }
        if (modulus <= 0) {
            throw new IllegalArgumentException("MatrixPower.pow: modulus must be positive, got " + modulus);
        }
        long[][] result = new long[n][n];
        long[][] base = new long[n][n];
        for (int i = 0; i < n; i++) {
            result[i][i] = 1 % modulus;
            for (int j = 0; j < n; j++) {
                base[i][j] = Math.floorMod(m[i][j], modulus);
            }
        }
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = multiply(result, base, modulus);
            }
            base = multiply(base, base, modulus);
        }
        return result;
    }

    /** The n-th Fibonacci number mod modulus (F(0) = 0, F(1) = 1). */
    public static long fibonacci(long n, long modulus) {
        if (n < 0) {
            throw new IllegalArgumentException("fibonacci: n must be >= 0, got " + n);
        }
        return pow(new long[][] {{1, 1}, {1, 0}}, n, modulus)[0][1];
    }

    static long[][] multiply(long[][] a, long[][] b, long modulus) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                if (a[i][k] == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    c[i][j] = FastPower.addMod(c[i][j], FastPower.mulMod(a[i][k], b[k][j], modulus), modulus);
                }
            }
        }
        return c;
    }
}
