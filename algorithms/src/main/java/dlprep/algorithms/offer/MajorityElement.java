package dlprep.algorithms.offer;

import java.util.OptionalInt;

/**
 * JZ28 数组中出现次数超过一半的数字: the value that occurs in more than half of the array, if there is one.
 *
 * <p>Approach: Boyer-Moore voting. Pair off unequal values; a majority value survives the pairing because it
 * outnumbers all others together. The survivor is only a candidate, so a second pass counts it.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ28; the inventory records no defect. Pitfalls: skipping the verifying pass
 * (the candidate of [1, 2, 3] is 3); Nowcoder's old answer 0 for "none" cannot be told from a majority of
 * zeros, hence an OptionalInt here.
 *
 * @see OfferProblems
 */
public final class MajorityElement {
    private MajorityElement() {
    }

    public static OptionalInt find(int[] a) {
        Inputs.notNull(a, MajorityElement.class, "array");
        int candidate = 0;
        int votes = 0;
        for (int v : a) {
            if (votes == 0) {
                candidate = v;
            }
            votes += v == candidate ? 1 : -1;
        }
        int count = 0;
        for (int v : a) {
            if (v == candidate) {
                count++;
            }
        }
        return count * 2 > a.length ? OptionalInt.of(candidate) : OptionalInt.empty();
    }
}
