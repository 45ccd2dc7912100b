package dlprep.algorithms.math;

/**
 * C(n, k) modulo a prime p from factorials: {@code n! * (k!)^-1 * ((n-k)!)^-1}. The inverse factorials are
 * computed backwards from one inverse, {@code (k!)^-1 = ((k+1)!)^-1 * (k+1)}, so building is O(maxN + log p)
 * and each query O(1). Needs maxN < p (n! is 0 mod p beyond that; use {@link Binomial#lucas} instead).
 */
public final class ModularBinomial {

    private final long p;
    private final long[] factorial;
    private final long[] inverseFactorial;

    public ModularBinomial(int maxN, long p) {
        if (maxN < 0) {
            throw new IllegalArgumentException("ModularBinomial: maxN must be >= 0, got " + maxN);
        }
        if (p > Integer.MAX_VALUE || !MillerRabin.isPrime(p)) {
            throw new IllegalArgumentException("ModularBinomial: the modulus must be a prime below 2^31, got " + p);
        }
        if (maxN >= p) {
            throw new IllegalArgumentException("ModularBinomial: maxN (" + maxN + ") must be below the modulus (" + p
                    + "); for larger n use Binomial.lucas");
        }
        this.p = p;
        factorial = new long[maxN + 1];
        inverseFactorial = new long[maxN + 1];
        factorial[0] = 1;
        for (int i = 1; i <= maxN; i++) {
            factorial[i] = factorial[i - 1] * i % p;
        }
        inverseFactorial[maxN] = FastPower.modPow(factorial[maxN], p - 2, p);   // Fermat: a^(p-2) = a^-1
        for (int i = maxN; i > 0; i--) {
            inverseFactorial[i - 1] = inverseFactorial[i] * i % p;
        }
    }

    /** C(n, k) mod p, 0 <= n <= maxN (0 when k > n or k < 0). */
    public long choose(int n, int k) {
        if (n < 0 || n >= factorial.length) {
            throw new IllegalArgumentException("choose: n must be in 0.." + (factorial.length - 1) + ", got " + n);
        }
        if (k < 0 || k > n) {
            return 0;
        }
        return factorial[n] * inverseFactorial[k] % p * inverseFactorial[n - k] % p;
    }
}
