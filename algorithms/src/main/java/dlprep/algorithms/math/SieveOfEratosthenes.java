package dlprep.algorithms.math;

import java.util.Arrays;

/**
 * The sieve of Eratosthenes: for each prime p, cross out p*p, p*p + p, ... (smaller multiples were already
 * crossed out by smaller primes). Invariant: when the scan reaches i, i is still marked prime exactly when
 * no prime below i divides it. O(n log log n) time, n bits of memory.
 */
public final class SieveOfEratosthenes {

    private final boolean[] composite;

    /** Sieves 0..n. */
    public SieveOfEratosthenes(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("SieveOfEratosthenes: n must be >= 0, got " + n);
        }
        composite = new boolean[n + 1];
        for (long p = 2; p * p <= n; p++) {
            if (!composite[(int) p]) {
                for (long m = p * p; m <= n; m += p) {
                    composite[(int) m] = true;
                }
            }
        }
    }

    /** Whether x (0 <= x <= n) is prime. */
    public boolean isPrime(int x) {
        if (x < 0 || x >= composite.length) {
            throw new IndexOutOfBoundsException("isPrime: " + x + " outside the sieved range 0.." + (composite.length - 1));
        }
        return x >= 2 && !composite[x];
    }

    /** The primes up to n, ascending. */
    public int[] primes() {
        int[] out = new int[composite.length];
        int k = 0;
        for (int i = 2; i < composite.length; i++) {
            if (!composite[i]) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
