package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountOneBitsTest {
    @Test
    void countsBitsOfPositiveNumbers() {
        assertEquals(0, CountOneBits.count(0));
        assertEquals(1, CountOneBits.count(1));
        assertEquals(3, CountOneBits.count(0b1011));
        assertEquals(31, CountOneBits.count(Integer.MAX_VALUE));
    }

    @Test
    void countsTheTwosComplementBitsOfNegativeNumbers() {
        assertEquals(32, CountOneBits.count(-1));
        assertEquals(1, CountOneBits.count(Integer.MIN_VALUE));
        assertEquals(31, CountOneBits.count(-2)); // 0xFFFFFFFE
    }

    @Test
    void agreesWithIntegerBitCountOnRandomInts() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 10_000; trial++) {
            int n = rng.nextInt();
            assertEquals(Integer.bitCount(n), CountOneBits.count(n));
        }
    }
}
