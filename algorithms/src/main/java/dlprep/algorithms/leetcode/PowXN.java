package dlprep.algorithms.leetcode;

/**
 * Pow(x, n): compute x raised to an integer power n, which may be negative.
 *
 * <p>Approach: binary exponentiation. Write |n| in binary; square x once per bit and multiply the result
 * by the current square where the bit is 1. A negative exponent inverts x first.
 *
 * <p>Complexity: O(log |n|) multiplications, O(1) space.
 *
 * <p>Pitfall: {@code -n} overflows for n = Integer.MIN_VALUE (it stays negative), so the exponent is
 * widened to {@code long} before negating. 0 to a negative power is a division by zero and is refused.
 */
public final class PowXN {

    private PowXN() {
    }

    public static double myPow(double x, int n) {
        if (x == 0 && n < 0) {
            throw new IllegalArgumentException("myPow: 0 raised to the negative power " + n + " is undefined");
        }
        long e = n;
        if (e < 0) {
            x = 1 / x;
            e = -e;
        }
        double result = 1;
        double square = x;
        while (e > 0) {
            if ((e & 1) == 1) {
                result *= square;
            }
            square *= square;
            e >>= 1;
        }
        return result;
    }
}
