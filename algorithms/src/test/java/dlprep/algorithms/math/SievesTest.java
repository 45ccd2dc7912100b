package dlprep.algorithms.math;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Both sieves, against each other and against trial division. */
class SievesTest {

    @Test
    void primesUpToThirty() {
        int[] expected = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29};
        assertArrayEquals(expected, new SieveOfEratosthenes(30).primes());
        assertArrayEquals(expected, new EulerSieve(30).primes());
    }

    @Test
    void tinyRangesHaveNoPrimes() {
        assertEquals(0, new SieveOfEratosthenes(0).primes().length);
        assertEquals(0, new EulerSieve(1).primes().length);
        assertArrayEquals(new int[] {2}, new EulerSieve(2).primes());
        assertFalse(new SieveOfEratosthenes(1).isPrime(1));
    }

    @Test
    void sievesAgreeWithTrialDivisionUpToTenThousand() {
        int n = 10_000;
        SieveOfEratosthenes eratosthenes = new SieveOfEratosthenes(n);
        assertArrayEquals(eratosthenes.primes(), new EulerSieve(n).primes());
        for (int x = 0; x <= n; x++) {
            assertEquals(isPrimeByTrialDivision(x), eratosthenes.isPrime(x), "x=" + x);
        }
        assertEquals(1229, eratosthenes.primes().length);   // pi(10^4) = 1229
    }

    @Test
    void eulerSieveFactorizes() {
        EulerSieve sieve = new EulerSieve(1000);
        assertEquals(List.of(2, 2, 3), sieve.factorize(12));
        assertEquals(List.of(997), sieve.factorize(997));
        assertEquals(List.of(2, 2, 2, 5, 5, 5), sieve.factorize(1000));
        assertEquals(7, sieve.smallestPrimeFactor(49));
    }

    @Test
    void outOfRangeQueriesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EulerSieve(10).factorize(11));
        assertThrows(IllegalArgumentException.class, () -> new EulerSieve(10).factorize(1));
        assertThrows(IndexOutOfBoundsException.class, () -> new SieveOfEratosthenes(10).isPrime(11));
        assertThrows(IllegalArgumentException.class, () -> new SieveOfEratosthenes(-1));
    }

    static boolean isPrimeByTrialDivision(long x) {
        if (x < 2) {
            return false;
        }
        for (long d = 2; d * d <= x; d++) {
            if (x % d == 0) {
                return false;
            }
        }
        return true;
    }
}
