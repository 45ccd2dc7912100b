package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FibonacciTest {
    @Test
    void startsZeroOneOneTwo() {
        long[] expected = {0, 1, 1, 2, 3, 5, 8, 13, 21, 34};
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], Fibonacci.fib(n));
        }
    }

    @Test
    void valuesPastTheIntRangeAreExact() {
        assertEquals(2_971_215_073L, Fibonacci.fib(47)); // OEIS A000045; > Integer.MAX_VALUE
        assertEquals(7_540_113_804_746_346_429L, Fibonacci.fib(92)); // OEIS A000045, the largest below 2^63
    }

    @Test
    void agreesWithTheRecurrenceInBigIntegers() {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int n = 0; n <= Fibonacci.MAX_N; n++) {
            assertEquals(a.longValueExact(), Fibonacci.fib(n));
            BigInteger next = a.add(b);
            a = b;
            b = next;
        }
        assertTrue(a.bitLength() > 63, "F(93) no longer fits a long: why MAX_N is 92");
    }

    @Test
    void rejectsNegativeAndOverflowingN() {
        assertRejected(Fibonacci.class, () -> Fibonacci.fib(-1));
        assertRejected(Fibonacci.class, () -> Fibonacci.fib(93));
        assertRejected(Fibonacci.class, () -> Fibonacci.fib(Integer.MIN_VALUE));
    }
}
