package dlprep.algorithms.math;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BinomialTest {

    @Test
    void pascalRowFive() {
        long[][] c = Binomial.pascal(5);
        assertEquals(1, c[5][0]);
        assertEquals(10, c[5][2]);   // 5*4/2
        assertEquals(10, c[5][3]);
        assertEquals(1, c[0][0]);
    }

    @Test
    void pascalLastRowFitsAndTheNextIsRefused() {
        long[][] c = Binomial.pascal(66);
        assertEquals(new BigInteger("7219428434016265740"), BigInteger.valueOf(c[66][33]));   // C(66, 33)
        assertThrows(IllegalArgumentException.class, () -> Binomial.pascal(67));
    }

    @Test
    void chooseAgreesWithPascalAndOverflowsOnlyWhenTheValueDoes() {
        long[][] c = Binomial.pascal(66);
        for (int n = 0; n <= 66; n++) {
            for (int k = 0; k <= n; k++) {
                assertEquals(c[n][k], Binomial.choose(n, k), "C(" + n + "," + k + ")");
            }
        }
        assertEquals(0, Binomial.choose(3, 4));
        assertEquals(4_950, Binomial.choose(100, 2));            // 100 * 99 / 2
        assertEquals(1_000_000_000L, Binomial.choose(1_000_000_000L, 1));
        assertThrows(ArithmeticException.class, () -> Binomial.choose(67, 33));
        assertThrows(IllegalArgumentException.class, () -> Binomial.choose(-1, 0));
    }

    @Test
    void modularBinomialAgreesWithBigInteger() {
        int p = 1_000_000_007;
        ModularBinomial mb = new ModularBinomial(1000, p);
        BigInteger[] row = new BigInteger[1001];
        row[0] = BigInteger.ONE;
        for (int k = 1; k <= 1000; k++) {   // C(1000, k) = C(1000, k-1) * (1001 - k) / k
            row[k] = row[k - 1].multiply(BigInteger.valueOf(1001 - k)).divide(BigInteger.valueOf(k));
        }
        for (int k = 0; k <= 1000; k++) {
            assertEquals(row[k].mod(BigInteger.valueOf(p)).longValue(), mb.choose(1000, k), "k=" + k);
        }
        assertEquals(0, mb.choose(10, 11));
    }

    @Test
    void modularBinomialRejectsCompositeOrTooSmallModulus() {
        assertThrows(IllegalArgumentException.class, () -> new ModularBinomial(10, 12));
        assertThrows(IllegalArgumentException.class, () -> new ModularBinomial(13, 13));
    }

    @Test
    void lucasReducesDigitByDigit() {
        // C(10, 3) = 120 = 1 mod 7; by Lucas: 10 = (1,3)_7, 3 = (0,3)_7, C(1,0) * C(3,3) = 1
        assertEquals(1, Binomial.lucas(10, 3, 7));
        // C(7, 1) = 7 = 0 mod 7: 7 = (1,0)_7, 1 = (0,1)_7, C(0,1) = 0
        assertEquals(0, Binomial.lucas(7, 1, 7));
        for (int n = 0; n <= 60; n++) {
            for (int k = 0; k <= n; k++) {
                assertEquals(Binomial.choose(n, k) % 13, Binomial.lucas(n, k, 13), "C(" + n + "," + k + ")");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Binomial.lucas(5, 2, 10));
    }
}
