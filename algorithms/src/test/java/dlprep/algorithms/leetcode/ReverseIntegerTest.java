package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReverseIntegerTest {

    @Test
    void reversesDigitsKeepingTheSign() {
        assertEquals(321, ReverseInteger.reverse(123));
        assertEquals(-321, ReverseInteger.reverse(-123));
        assertEquals(21, ReverseInteger.reverse(120));   // trailing zero becomes a leading zero and vanishes
        assertEquals(0, ReverseInteger.reverse(0));
        assertEquals(7, ReverseInteger.reverse(7));
    }

    @Test
    void answersZeroWhenTheReversalOverflows() {
        assertEquals(0, ReverseInteger.reverse(Integer.MAX_VALUE));      // 7463847412 > 2147483647
        assertEquals(0, ReverseInteger.reverse(Integer.MIN_VALUE));      // -8463847412 < -2147483648
        assertEquals(0, ReverseInteger.reverse(1_563_847_412));          // 2147483651, just above MAX_VALUE
    }

    @Test
    void keepsResultsRightAtTheBoundary() {
        assertEquals(2_147_483_641, ReverseInteger.reverse(1_463_847_412));
        assertEquals(-2_147_483_641, ReverseInteger.reverse(-1_463_847_412));
    }

    @Test
    void agreesWithReversingTheDecimalString() {
        Random random = new Random(7);
        for (int t = 0; t < 2000; t++) {
            int x = random.nextInt();
            String digits = new StringBuilder(Long.toString(Math.abs((long) x))).reverse().toString();
            long expected = (x < 0 ? -1 : 1) * Long.parseLong(digits);
            int want = expected > Integer.MAX_VALUE || expected < Integer.MIN_VALUE ? 0 : (int) expected;
            assertEquals(want, ReverseInteger.reverse(x), "x = " + x);
        }
    }
}
