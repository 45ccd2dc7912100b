package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Insert Interval: given disjoint closed intervals sorted by start, insert a new one and merge where
 * needed, keeping the list sorted and disjoint.
 *
 * <p>Approach: one pass in three phases: copy the intervals ending before the new one starts, absorb
 * every interval that overlaps it (widening it to the min start and max end), then copy the rest.
 *
 * <p>Complexity: O(n) time and space; re-sorting and merging is O(n log n).
 *
 * <p>Pitfall: the phase boundaries with touching intervals. An interval ending exactly where the new one
 * starts overlaps it (closed intervals), so the first phase uses {@code end < newStart}, strictly; same for
 * the last. The input must really be sorted and disjoint: it is checked, since a silent wrong merge is
 * worse than an error.
 */
public final class InsertInterval {

    private InsertInterval() {
    }

    public static int[][] insert(int[][] intervals, int[] newInterval) {
        if (newInterval.length != 2 || newInterval[0] > newInterval[1]) {
            throw new IllegalArgumentException("insert: the new interval must be [start, end] with start <= end, got "
                    + Arrays.toString(newInterval));
        }
        for (int i = 0; i < intervals.length; i++) {
            boolean malformed = intervals[i].length != 2 || intervals[i][0] > intervals[i][1];
            if (malformed || i > 0 && intervals[i][0] <= intervals[i - 1][1]) {
                throw new IllegalArgumentException("insert: intervals must be sorted and disjoint, interval " + i + " is "
                        + Arrays.toString(intervals[i]));
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < intervals.length && intervals[i][1] < newInterval[0]) {
            out.add(intervals[i++].clone());
        }
        int start = newInterval[0];
        int end = newInterval[1];
        while (i < intervals.length && intervals[i][0] <= end) {
            start = Math.min(start, intervals[i][0]);
            end = Math.max(end, intervals[i][1]);
            i++;
        }
        out.add(new int[] {start, end});
        while (i < intervals.length) {
            out.add(intervals[i++].clone());
        }
        return out.toArray(new int[0][]);
    }
}
