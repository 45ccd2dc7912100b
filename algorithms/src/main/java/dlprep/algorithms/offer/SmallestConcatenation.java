package dlprep.algorithms.offer;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * JZ32 把数组排成最小的数: concatenate non-negative integers in the order that gives the smallest number,
 * returned as a string (it may not fit any integer type).
 *
 * <p>Approach: sort the decimal strings with "x before y when x + y &lt; y + x" and join them. This order is
 * transitive (x + y &lt; y + x compares x / (10^|x| - 1) with y / (10^|y| - 1)), and an exchange argument
 * shows any adjacent pair out of this order can be swapped to a smaller result.
 *
 * <p>Complexity: O(n log n) comparisons of O(L) each for numbers of at most L digits; O(n L) space.
 *
 * <p>Original: solved, filed as JZ33 (numbering shifted by one), with a second {@code functools.cmp_to_key}
 * variant; the inventory records no defect. Pitfall: plain string order puts "3" before "30" but "303" &lt;
 * "330". Like Nowcoder, leading zeros are kept ([0, 0] gives "00").
 *
 * @see OfferProblems
 */
public final class SmallestConcatenation {
    private SmallestConcatenation() {
    }

    public static String smallest(int[] numbers) {
        Inputs.notNull(numbers, SmallestConcatenation.class, "numbers");
        for (int v : numbers) {
            if (v < 0) {
                throw Inputs.invalid(SmallestConcatenation.class, "number " + v
                        + " is negative; only non-negative numbers can be concatenated");
            }
        }
        return Arrays.stream(numbers)
                .mapToObj(Integer::toString)
                .sorted((x, y) -> (x + y).compareTo(y + x))
                .collect(Collectors.joining());
    }
}
