package dlprep.algorithms.offer;

import java.util.OptionalInt;

/**
 * JZ50 数组中重复的数字: in an array of length n whose values lie in 0..n-1, any value that occurs more than
 * once.
 *
 * <p>Approach: put every value at the index equal to itself by swapping. If the slot is already taken by
 * the same value, that value is a duplicate. Each swap puts one value home for good, so there are fewer
 * than n swaps.
 *
 * <p>Complexity: O(n) time, O(1) extra space; the array is rearranged (a boolean table instead would leave
 * it alone at O(n) space).
 *
 * <p>Original: solved as file JZ50, and a second time under LeetCode-CN's number 03; the inventory records
 * no defect. Pitfall: values outside 0..n-1 make the swap index out of bounds; they are rejected.
 *
 * @see OfferProblems
 */
public final class DuplicateInArray {
    private DuplicateInArray() {
    }

    /** A duplicated value, or empty if all values are distinct; rearranges {@code a}. */
    public static OptionalInt find(int[] a) {
        Inputs.notNull(a, DuplicateInArray.class, "array");
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0 || a[i] >= a.length) {
                throw Inputs.invalid(DuplicateInArray.class, "value " + a[i] + " at index " + i
                        + " is outside 0.." + (a.length - 1));
            }
        }
        for (int i = 0; i < a.length; i++) {
            while (a[i] != i) {
                int v = a[i];
                if (a[v] == v) {
                    return OptionalInt.of(v);
                }
                a[i] = a[v];
                a[v] = v;
            }
        }
        return OptionalInt.empty();
    }
}
