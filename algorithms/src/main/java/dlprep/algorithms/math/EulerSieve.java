package dlprep.algorithms.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The linear (Euler) sieve: every composite is crossed out exactly once, by its smallest prime factor.
 * For each i, multiply it by the primes p <= spf(i); stop at the first p dividing i, because for a larger
 * prime q the smallest factor of i*q is p, not q, and i*q is crossed out later from i*q/p. So O(n), and the
 * smallest prime factor of every number comes for free (factorization in O(log x)).
 */
public final class EulerSieve {

    private final int[] smallestPrimeFactor;
    private final int[] primes;

    /** Sieves 0..n. */
    public EulerSieve(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("EulerSieve: n must be >= 0, got " + n);
        }
        smallestPrimeFactor = new int[n + 1];
        int[] found = new int[n + 1];
        int count = 0;
        for (int i = 2; i <= n; i++) {
            if (smallestPrimeFactor[i] == 0) {
                smallestPrimeFactor[i] = i;
                found[count++] = i;
            }
            for (int j = 0; j < count; j++) {
                int p = found[j];
                if (p > smallestPrimeFactor[i] || (long) p * i > n) {
                    break;
                }
                smallestPrimeFactor[p * i] = p;
            }
        }
        primes = Arrays.copyOf(found, count);
    }

    /** The primes up to n, ascending. */
    public int[] primes() {
        return primes.clone();
    }

    /** The smallest prime factor of x, 2 <= x <= n. */
    public int smallestPrimeFactor(int x) {
        check("smallestPrimeFactor", x);
        return smallestPrimeFactor[x];
    }

    /** The prime factors of x with multiplicity, ascending (12 -> [2, 2, 3]). */
    public List<Integer> factorize(int x) {
        check("factorize", x);
        List<Integer> factors = new ArrayList<>();
        while (x > 1) {
            int p = smallestPrimeFactor[x];
            factors.add(p);
            x /= p;
        }
        return factors;
    }

    private void check(String op, int x) {
        if (x < 2 || x >= smallestPrimeFactor.length) {
            throw new IllegalArgumentException(op + ": " + x + " is outside 2.." + (smallestPrimeFactor.length - 1)
                    + " (the range this sieve was built for)");
        }
    }
}
