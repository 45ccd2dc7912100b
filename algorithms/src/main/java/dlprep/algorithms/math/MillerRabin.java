package dlprep.algorithms.math;

/**
 * Deterministic Miller-Rabin for every 64-bit integer. Write n - 1 = d * 2^s with d odd; a prime n makes
 * every base a satisfy a^d = 1 or a^(d*2^r) = -1 (mod n) for some r < s (the only square roots of 1 modulo
 * a prime are +-1). A composite passes for at most a quarter of the bases, and the first twelve primes as
 * bases leave no composite below 3.3 * 10^24 undetected (Sorenson and Webster, 2015), so the answer is exact
 * for all {@code long}. O(12 * log n) modular multiplications.
 */
public final class MillerRabin {

    private static final long[] BASES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};

    private MillerRabin() {
    }

    /** Whether n is prime (false for n < 2). */
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long p : BASES) {
            if (n % p == 0) {
                return n == p;
            }
        }
        long d = n - 1;
        int s = Long.numberOfTrailingZeros(d);
        d >>= s;
        for (long a : BASES) {
            if (isWitness(a, d, s, n)) {
                return false;
            }
        }
        return true;
    }

    /** Whether base a proves n composite. */
    private static boolean isWitness(long a, long d, int s, long n) {
        long x = FastPower.modPow(a, d, n);
        if (x == 1 || x == n - 1) {
            return false;
        }
        for (int r = 1; r < s; r++) {
            x = FastPower.mulMod(x, x, n);
            if (x == n - 1) {
                return false;
            }
        }
        return true;
    }
}
