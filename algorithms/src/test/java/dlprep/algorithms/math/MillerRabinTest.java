package dlprep.algorithms.math;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MillerRabinTest {

    @Test
    void agreesWithTheSieveBelowOneHundredThousand() {
        SieveOfEratosthenes sieve = new SieveOfEratosthenes(100_000);
        for (int n = 0; n <= 100_000; n++) {
            assertEquals(sieve.isPrime(n), MillerRabin.isPrime(n), "n=" + n);
        }
    }

    @Test
    void rejectsPseudoprimesThatFoolSmallerBaseSets() {
        assertFalse(MillerRabin.isPrime(561));            // Carmichael: 3 * 11 * 17
        assertFalse(MillerRabin.isPrime(2047));           // 23 * 89, strong pseudoprime to base 2
        assertFalse(MillerRabin.isPrime(3_215_031_751L)); // 151 * 751 * 28351, strong pseudoprime to bases 2, 3, 5, 7
        assertFalse(MillerRabin.isPrime(Long.MAX_VALUE)); // 2^63 - 1 = 7^2 * 73 * 127 * 337 * 92737 * 649657
    }

    @Test
    void recognisesLargePrimes() {
        assertTrue(MillerRabin.isPrime((1L << 61) - 1));  // Mersenne prime M61
        assertTrue(MillerRabin.isPrime(Long.MAX_VALUE - 24)); // 2^63 - 25, the largest prime below 2^63
        assertFalse(MillerRabin.isPrime(-7));
    }

    @Test
    void agreesWithBigIntegerOnRandomLongs() {
        Random random = new Random(3);
        for (int t = 0; t < 2000; t++) {
            long n = random.nextLong() >>> 1 | 1;
            // isProbablePrime(100): error below 2^-100, as good as exact for a test
            assertEquals(BigInteger.valueOf(n).isProbablePrime(100), MillerRabin.isPrime(n), "n=" + n);
        }
    }
}
