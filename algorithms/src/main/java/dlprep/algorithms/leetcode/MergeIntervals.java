package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Merge Intervals: merge all overlapping closed intervals [start, end] and return the disjoint result,
 * sorted by start.
 *
 * <p>Approach: sort by start; then each interval either overlaps the last merged one (its start is at most
 * that end) and extends it, or starts a new one.
 *
 * <p>Complexity: O(n log n) time for the sort, O(n) space.
 *
 * <p>Pitfall: a contained interval. Setting the end to the next interval's end shrinks [1, 10] when [2, 3]
 * follows; it must be max(end, next end). Touching intervals [1, 4] and [4, 5] overlap (closed). Sorting
 * with {@code (a, b) -> a[0] - b[0]} overflows for starts far apart; {@code Integer.compare} does not.
 */
public final class MergeIntervals {

    private MergeIntervals() {
    }

    public static int[][] merge(int[][] intervals) {
        int[][] sorted = intervals.clone();
        for (int[] interval : sorted) {
            if (interval.length != 2 || interval[0] > interval[1]) {
                throw new IllegalArgumentException("merge: an interval is [start, end] with start <= end, got " + Arrays.toString(interval));
            }
        }
        Arrays.sort(sorted, Comparator.comparingInt(a -> a[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] interval : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval.clone());
            }
        }
        return merged.toArray(new int[0][]);
    }
}
