package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PowXNTest {

    @Test
    void raisesToPositiveZeroAndNegativePowers() {
        assertEquals(1024.0, PowXN.myPow(2, 10));
        assertEquals(0.25, PowXN.myPow(2, -2));
        assertEquals(1.0, PowXN.myPow(5, 0));
        assertEquals(-8.0, PowXN.myPow(-2, 3));
        assertEquals(9.261, PowXN.myPow(2.1, 3), 1e-12);     // 2.1^3 = 9.261
    }

    @Test
    void handlesTheMostNegativeExponentWithoutOverflow() {
        // -Integer.MIN_VALUE overflows back to MIN_VALUE; the exponent is negated as a long.
        assertEquals(1.0, PowXN.myPow(1, Integer.MIN_VALUE));
        assertEquals(1.0, PowXN.myPow(-1, Integer.MIN_VALUE));   // the exponent is even
        assertEquals(0.0, PowXN.myPow(2, Integer.MIN_VALUE));
        assertEquals(-1.0, PowXN.myPow(-1, Integer.MAX_VALUE));
    }

    @Test
    void refusesZeroToANegativePower() {
        var e = assertThrows(IllegalArgumentException.class, () -> PowXN.myPow(0, -1));
        assertTrue(e.getMessage().contains("myPow"));
        assertEquals(0.0, PowXN.myPow(0, 3));
    }

    @Test
    void agreesWithRepeatedMultiplication() {
        Random random = new Random(50);
        for (int t = 0; t < 500; t++) {
            double x = -2 + 4 * random.nextDouble();
            int n = random.nextInt(41) - 20;
            double naive = 1;
            for (int i = 0; i < Math.abs(n); i++) {
                naive *= x;
            }
            if (n < 0) {
                naive = 1 / naive;
            }
            assertEquals(naive, PowXN.myPow(x, n), 1e-9 * Math.max(1, Math.abs(naive)), "x = " + x + ", n = " + n);
        }
    }
}
