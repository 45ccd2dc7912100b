package dlprep.algorithms.offer;

/**
 * JZ48 不用加减乘除做加法: a + b without the four arithmetic operators.
 *
 * <p>Approach: XOR adds bit by bit without carries; AND shifted left by one is the carries. Add the two again
 * until no carry remains. Each round moves the lowest possible carry position up by one, so at most 32
 * rounds; a carry out of bit 31 is dropped, which is exactly Java's wrapping int addition.
 *
 * <p>Complexity: O(32) time, O(1) space.
 *
 * <p>Original: solved as file JZ48; the inventory records no defect. Pitfall: in Python, integers have no
 * width, so negative numbers loop forever unless masked to 32 bits.
 *
 * @see OfferProblems
 */
public final class AddWithoutArithmetic {
    private AddWithoutArithmetic() {
    }

    public static int add(int a, int b) {
        while (b != 0) {
            int carry = (a & b) << 1;
            a ^= b;
            b = carry;
        }
        return a;
    }
}
