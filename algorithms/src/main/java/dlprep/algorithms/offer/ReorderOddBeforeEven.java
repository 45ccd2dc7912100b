package dlprep.algorithms.offer;

/**
 * JZ13 调整数组顺序使奇数位于偶数前面: move the odd numbers before the even ones, keeping the relative order
 * within each group (a stable partition).
 *
 * <p>Approach: count the odd numbers, then copy each value into the next slot of its group in a second
 * array. Without the extra array a stable partition needs O(n^2) moves (insertion) or O(n log n) (merge-like
 * rotations); the two-pointer swap of the book's first version is O(n) but not stable.
 *
 * <p>Complexity: O(n) time, O(n) space.
 *
 * <p>Original: solved as file JZ13; the inventory records no defect. Pitfall: {@code x % 2 == 1} is
 * false for negative odd numbers ({@code -3 % 2 == -1} in Java); test the low bit instead.
 *
 * @see OfferProblems
 */
public final class ReorderOddBeforeEven {
    private ReorderOddBeforeEven() {
    }

    /** A new array with the odd values of {@code a} first, then the even ones, each in their original order. */
    public static int[] reorder(int[] a) {
        Inputs.notNull(a, ReorderOddBeforeEven.class, "array");
        int odd = 0;
        for (int v : a) {
            if ((v & 1) != 0) {
                odd++;
            }
        }
        int[] out = new int[a.length];
        int nextOdd = 0;
        int nextEven = odd;
        for (int v : a) {
            if ((v & 1) != 0) {
                out[nextOdd++] = v;
            } else {
                out[nextEven++] = v;
            }
        }
        return out;
    }
}
