package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Merge Intervals and Insert Interval, checked against the same covering by unit cells. */
class MergeIntervalsTest {

    @Test
    void mergesTheExamples() {
        assertArrayEquals(new int[][] {{1, 6}, {8, 10}, {15, 18}}, MergeIntervals.merge(new int[][] {{1, 3}, {2, 6}, {8, 10}, {15, 18}}));
        assertArrayEquals(new int[][] {{1, 5}}, MergeIntervals.merge(new int[][] {{1, 4}, {4, 5}}));   // touching
        assertArrayEquals(new int[0][], MergeIntervals.merge(new int[0][]));
    }

    @Test
    void containedIntervalsDoNotShrinkTheMerge() {
        assertArrayEquals(new int[][] {{1, 10}}, MergeIntervals.merge(new int[][] {{2, 3}, {1, 10}, {4, 5}}));
        assertArrayEquals(new int[][] {{Integer.MIN_VALUE, 0}, {1, Integer.MAX_VALUE}},
                MergeIntervals.merge(new int[][] {{1, Integer.MAX_VALUE}, {Integer.MIN_VALUE, 0}}));   // a[0] - b[0] would overflow
    }

    @Test
    void insertsTheExamples() {
        assertArrayEquals(new int[][] {{1, 5}, {6, 9}}, InsertInterval.insert(new int[][] {{1, 3}, {6, 9}}, new int[] {2, 5}));
        assertArrayEquals(new int[][] {{1, 2}, {3, 10}, {12, 16}},
                InsertInterval.insert(new int[][] {{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, new int[] {4, 8}));
        assertArrayEquals(new int[][] {{5, 7}}, InsertInterval.insert(new int[0][], new int[] {5, 7}));
        assertArrayEquals(new int[][] {{1, 7}}, InsertInterval.insert(new int[][] {{1, 5}}, new int[] {5, 7}));   // touching
        assertArrayEquals(new int[][] {{0, 0}, {1, 5}}, InsertInterval.insert(new int[][] {{1, 5}}, new int[] {0, 0}));
    }

    @Test
    void refusesMalformedIntervals() {
        assertThrows(IllegalArgumentException.class, () -> MergeIntervals.merge(new int[][] {{3, 1}}));
        assertThrows(IllegalArgumentException.class, () -> InsertInterval.insert(new int[][] {{1, 5}, {4, 8}}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> InsertInterval.insert(new int[][] {{1, 5}}, new int[] {3, 2}));
    }

    @Test
    void agreesWithPaintingUnitPoints() {
        Random random = new Random(56);
        for (int t = 0; t < 500; t++) {
            int[][] intervals = new int[random.nextInt(6)][];
            for (int i = 0; i < intervals.length; i++) {
                int a = random.nextInt(12);
                intervals[i] = new int[] {a, a + random.nextInt(4)};
            }
            int[][] merged = MergeIntervals.merge(intervals);
            assertArrayEquals(painted(intervals), merged, Arrays.deepToString(intervals));
            int a = random.nextInt(12);
            int[] extra = {a, a + random.nextInt(4)};
            int[][] withExtra = Arrays.copyOf(intervals, intervals.length + 1);
            withExtra[intervals.length] = extra;
            assertArrayEquals(painted(withExtra), InsertInterval.insert(merged, extra));
        }
    }

    /**
     * The merge by painting: closed intervals on the integers overlap when they share a point, so paint
     * points 2s..2e on a doubled axis (keeping [1,2] and [3,4] apart) and read off the runs.
     */
    private static int[][] painted(int[][] intervals) {
        boolean[] covered = new boolean[40];
        for (int[] iv : intervals) {
            for (int x = 2 * iv[0]; x <= 2 * iv[1]; x++) {
                covered[x] = true;
            }
        }
        List<int[]> runs = new ArrayList<>();
        for (int x = 0; x < covered.length; x++) {
            if (covered[x] && (x == 0 || !covered[x - 1])) {
                int end = x;
                while (covered[end + 1]) {
                    end++;
                }
                runs.add(new int[] {x / 2, end / 2});
            }
        }
        return runs.toArray(new int[0][]);
    }
}
