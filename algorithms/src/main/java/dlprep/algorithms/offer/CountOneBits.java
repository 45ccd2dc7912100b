package dlprep.algorithms.offer;

/**
 * JZ11 二进制中1的个数: the number of 1 bits in the 32-bit two's-complement form of an int.
 *
 * <p>Approach: {@code n & (n - 1)} clears the lowest set bit, so the loop runs once per 1 bit.
 *
 * <p>Complexity: O(number of 1 bits) &lt;= 32 steps, O(1) space.
 *
 * <p>Original: solved as file JZ11; the inventory records no defect. Pitfall: shifting a negative number
 * right with {@code >>} copies the sign bit and never reaches 0; in Python, integers have no width, so the
 * a solution has to mask with {@code 0xffffffff} first.
 *
 * @see OfferProblems
 */
public final class CountOneBits {
    private CountOneBits() {
    }

    public static int count(int n) {
        int count = 0;
        while (n != 0) {
            n &= n - 1;
            count++;
        }
        return count;
    }
}
