package dlprep.algorithms.offer;

/**
 * JZ40 数组中只出现一次的数字: in an array where every value occurs twice except two values that occur
 * once, find those two (returned in ascending order, as Nowcoder's current version asks).
 *
 * <p>Approach: the XOR of all values is x ^ y, non-zero because x != y. Any 1 bit of it, e.g. the lowest
 * ({@code s & -s}), is set in exactly one of x and y; splitting the array by that bit puts x and y in
 * different halves, each pair in one half, and the XOR of each half is one of them.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ40; the inventory records no defect. Pitfall: {@code s & -s} also works for
 * s = Integer.MIN_VALUE (the lowest set bit is the sign bit), where {@code Math.abs} tricks do not.
 *
 * @see OfferProblems
 */
public final class TwoSingleNumbers {
    private TwoSingleNumbers() {
    }

    public static int[] find(int[] a) {
        Inputs.notNull(a, TwoSingleNumbers.class, "array");
        int xor = 0;
        for (int v : a) {
            xor ^= v;
        }
        if (xor == 0 || (a.length & 1) != 0) {
            throw Inputs.invalid(TwoSingleNumbers.class, "the array of length " + a.length
                    + " does not hold exactly two values that occur once among pairs");
        }
        int bit = xor & -xor;
        int x = 0;
        int y = 0;
        for (int v : a) {
            if ((v & bit) != 0) {
                x ^= v;
            } else {
                y ^= v;
            }
        }
        return x < y ? new int[] {x, y} : new int[] {y, x};
    }
}
