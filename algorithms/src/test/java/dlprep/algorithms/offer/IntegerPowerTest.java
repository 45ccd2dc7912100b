package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IntegerPowerTest {
    @Test
    void positiveNegativeAndZeroExponents() {
        assertEquals(1024.0, IntegerPower.power(2, 10));
        assertEquals(0.25, IntegerPower.power(2, -2));
        assertEquals(-8.0, IntegerPower.power(-2, 3));
        assertEquals(1.0, IntegerPower.power(3.5, 0));
        assertEquals(1.0, IntegerPower.power(0, 0)); // the convention of Math.pow
        assertEquals(0.0, IntegerPower.power(0, 5));
    }

    @Test
    void theMostNegativeExponentDoesNotOverflow() {
        // -Integer.MIN_VALUE is Integer.MIN_VALUE again; the magnitude 2^31 is an even exponent.
        assertEquals(1.0, IntegerPower.power(-1, Integer.MIN_VALUE));
        assertEquals(-1.0, IntegerPower.power(-1, Integer.MAX_VALUE));
        assertEquals(0.0, IntegerPower.power(2, Integer.MIN_VALUE)); // 2^-2^31 underflows to 0, as Math.pow
        assertEquals(1.0, IntegerPower.power(1, Integer.MIN_VALUE));
    }

    @Test
    void agreesWithMathPowOnRandomInputs() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 2000; trial++) {
            double base = rng.nextDouble() * 4 - 2;
            int exponent = rng.nextInt(61) - 30;
            double expected = Math.pow(base, exponent);
            assertEquals(expected, IntegerPower.power(base, exponent), Math.abs(expected) * 1e-12);
        }
    }

    @Test
    void rejectsZeroToANegativePower() {
        assertRejected(IntegerPower.class, () -> IntegerPower.power(0, -1));
        assertRejected(IntegerPower.class, () -> IntegerPower.power(-0.0, Integer.MIN_VALUE));
    }
}
