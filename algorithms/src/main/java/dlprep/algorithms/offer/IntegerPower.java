package dlprep.algorithms.offer;

/**
 * JZ12 数值的整数次方: base^exponent for a double base and an int exponent, without a library power.
 *
 * <p>Approach: fast (binary) exponentiation: square the base and halve the exponent, multiplying the result
 * in when the low bit is set; a negative exponent inverts the result.
 *
 * <p>Complexity: O(log |exponent|) multiplications, O(1) space.
 *
 * <p>Original: solved as file JZ12; the inventory records no defect. Pitfalls: {@code -exponent} overflows
 * for {@code Integer.MIN_VALUE} (the magnitude is taken as a long here); 0 to a negative power is a division
 * by zero and is rejected.
 *
 * @see OfferProblems
 */
public final class IntegerPower {
    private IntegerPower() {
    }

    public static double power(double base, int exponent) {
        if (base == 0.0 && exponent < 0) {
            throw Inputs.invalid(IntegerPower.class, "0 to the negative power " + exponent + " is undefined");
        }
        long e = Math.abs((long) exponent);
        double result = 1.0;
        double square = base;
        while (e > 0) {
            if ((e & 1) == 1) {
                result *= square;
            }
            square *= square;
            e >>= 1;
        }
        return exponent < 0 ? 1.0 / result : result;
    }
}
