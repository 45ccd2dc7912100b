package dlprep.algorithms.math;

/**
 * Binomial coefficients three ways. Pascal's rule {@code C(n, k) = C(n-1, k-1) + C(n-1, k)} fills a table in
 * O(n^2) (exact up to n = 66, the last row that fits in a long). The product formula
 * {@code prod_{i=1..k} (n-k+i)/i} stays an integer at every step (each prefix is itself C(n-k+i, i)), O(k).
 * Lucas' theorem reduces C(n, k) mod a small prime p digit by digit in base p: O(p + log_p n).
 * For many queries modulo a large prime use {@link ModularBinomial}.
 */
public final class Binomial {

    /** The largest n whose whole Pascal row fits in a long: C(66, 33) ~ 7.2e18 < 2^63 <= C(67, 33). */
    public static final int MAX_PASCAL_ROW = 66;

    private Binomial() {
    }

    /** Rows 0..n of Pascal's triangle; {@code table[i][j] = C(i, j)} for j <= i. */
    public static long[][] pascal(int n) {
        if (n < 0 || n > MAX_PASCAL_ROW) {
            throw new IllegalArgumentException("pascal: n must be in 0.." + MAX_PASCAL_ROW
                    + " (larger rows overflow a long; use ModularBinomial), got " + n);
        }
        long[][] c = new long[n + 1][];
        for (int i = 0; i <= n; i++) {
            c[i] = new long[i + 1];
            c[i][0] = 1;
            c[i][i] = 1;
            for (int j = 1; j < i; j++) {
                c[i][j] = c[i - 1][j - 1] + c[i - 1][j];
            }
        }
        return c;
    }

    /** C(n, k) exactly (0 when k > n); throws ArithmeticException when the value overflows a long. */
    public static long choose(long n, long k) {
        if (n < 0 || k < 0) {
            throw new IllegalArgumentException("choose: n and k must be >= 0, got n=" + n + ", k=" + k);
        }
        if (k > n) {
            return 0;
        }
        k = Math.min(k, n - k);
        long c = 1;
        for (long i = 1; i <= k; i++) {
            // c * (n-k+i) / i is an integer; cancel gcd(c, i) first so the product overflows only if the result does
            long g = Gcd.gcd(c, i);
            c = Math.multiplyExact(c / g, (n - k + i) / (i / g));
        }
        return c;
    }

    /** C(n, k) mod p for a prime p (p up to about 10^6: Lucas builds factorial tables of size p). */
    public static long lucas(long n, long k, int p) {
        if (n < 0 || k < 0) {
            throw new IllegalArgumentException("lucas: n and k must be >= 0, got n=" + n + ", k=" + k);
        }
        if (!MillerRabin.isPrime(p)) {
            throw new IllegalArgumentException("lucas: the modulus must be prime, got " + p);
        }
        ModularBinomial small = new ModularBinomial(p - 1, p);
        long result = 1 % p;
        while (n > 0 || k > 0) {
            int ni = (int) (n % p);
            int ki = (int) (k % p);
            if (ki > ni) {
                return 0;
            }
            result = result * small.choose(ni, ki) % p;
            n /= p;
            k /= p;
        }
        return result;
    }
}
