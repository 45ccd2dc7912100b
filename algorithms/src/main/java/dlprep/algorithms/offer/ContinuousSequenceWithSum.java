package dlprep.algorithms.offer;

import java.util.ArrayList;
import java.util.List;

/**
 * JZ41 和为S的连续正数序列: all runs of at least two consecutive positive integers that add up to S, ordered
 * by their first number.
 *
 * <p>Approach: a run of length L starting at a sums to L a + L (L - 1) / 2 = S, so for each L &gt;= 2 with
 * L (L + 1) / 2 &lt;= S there is a run exactly when S - L (L - 1) / 2 is a positive multiple of L.
 * Longer runs start lower, so iterating L downwards gives the runs in order of their first number.
 *
 * <p>Complexity: O(sqrt S) time besides the output (the two-pointer window of the textbook is O(S));
 * O(1) extra space.
 *
 * <p>Original: solved as file JZ41; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class ContinuousSequenceWithSum {
    private ContinuousSequenceWithSum() {
    }

    public static List<int[]> find(int sum) {
        if (sum < 0) {
            throw Inputs.invalid(ContinuousSequenceWithSum.class, "sum = " + sum
                    + " is negative; runs of positive integers have positive sums");
        }
        int maxLength = 1;
        while ((long) (maxLength + 1) * (maxLength + 2) / 2 <= sum) {
            maxLength++;
        }
        List<int[]> runs = new ArrayList<>();
        for (int length = maxLength; length >= 2; length--) {
            long rest = sum - (long) length * (length - 1) / 2;
            if (rest > 0 && rest % length == 0) {
                int start = (int) (rest / length);
                int[] run = new int[length];
                for (int i = 0; i < length; i++) {
                    run[i] = start + i;
                }
                runs.add(run);
            }
        }
        return runs;
    }
}
