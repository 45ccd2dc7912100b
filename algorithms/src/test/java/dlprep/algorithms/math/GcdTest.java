package dlprep.algorithms.math;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GcdTest {

    @Test
    void gcdAndLcmOfSmallNumbers() {
        assertEquals(6, Gcd.gcd(48, 18));
        assertEquals(6, Gcd.gcd(-48, 18));
        assertEquals(5, Gcd.gcd(0, 5));
        assertEquals(0, Gcd.gcd(0, 0));
        assertEquals(144, Gcd.lcm(48, 18));   // 48 * 18 / 6
        assertEquals(0, Gcd.lcm(0, 7));
    }

    @Test
    void lcmOverflowAndMinValueAreReported() {
        assertThrows(ArithmeticException.class, () -> Gcd.lcm(Long.MAX_VALUE, Long.MAX_VALUE - 1));
        assertThrows(ArithmeticException.class, () -> Gcd.gcd(Long.MIN_VALUE, 3));
    }

    @Test
    void extendedGcdSatisfiesBezoutOnRandomPairs() {
        Random random = new Random(2);
        for (int t = 0; t < 1000; t++) {
            long a = random.nextInt();
            long b = random.nextInt();
            Gcd.Bezout e = Gcd.extendedGcd(a, b);
            assertEquals(Gcd.gcd(a, b), e.gcd());
            assertEquals(e.gcd(), a * e.x() + b * e.y(), "a=" + a + " b=" + b);
        }
    }

    @Test
    void modInverseOfFiveModSevenIsThree() {
        assertEquals(3, Gcd.modInverse(5, 7));   // 5 * 3 = 15 = 2 * 7 + 1
        assertEquals(4, Gcd.modInverse(-5, 7));  // -5 = 2 mod 7, 2 * 4 = 8 = 1 mod 7
        for (long a = 1; a < 97; a++) {
            assertEquals(1, a * Gcd.modInverse(a, 97) % 97);
        }
    }

    @Test
    void modInverseWithoutInverseNamesTheNumbers() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Gcd.modInverse(2, 4));
        assertTrue(e.getMessage().contains("2 has no inverse modulo 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Gcd.modInverse(2, 0));
    }
}
