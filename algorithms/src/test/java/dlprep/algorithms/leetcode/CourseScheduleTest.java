package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Course Schedule and Course Schedule II, which share the topological sort. */
class CourseScheduleTest {

    @Test
    void detectsCycles() {
        assertTrue(CourseSchedule.canFinish(2, new int[][] {{1, 0}}));
        assertFalse(CourseSchedule.canFinish(2, new int[][] {{1, 0}, {0, 1}}));
        assertFalse(CourseSchedule.canFinish(1, new int[][] {{0, 0}}));             // self-loop
        assertTrue(CourseSchedule.canFinish(0, new int[0][]));
        assertTrue(CourseSchedule.canFinish(3, new int[][] {{1, 0}, {1, 0}}));       // duplicate edge
        // a diamond 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3: a cross edge, not a cycle
        assertTrue(CourseSchedule.canFinish(4, new int[][] {{1, 0}, {2, 0}, {3, 1}, {3, 2}}));
    }

    @Test
    void findOrderGivesAValidOrderOrNothing() {
        int[] order = CourseScheduleII.findOrder(4, new int[][] {{1, 0}, {2, 0}, {3, 1}, {3, 2}});
        assertEquals(0, order[0]);
        assertEquals(3, order[3]);
        assertEquals(0, CourseScheduleII.findOrder(2, new int[][] {{0, 1}, {1, 0}}).length);
        assertEquals(1, CourseScheduleII.findOrder(1, new int[0][]).length);
    }

    @Test
    void refusesCoursesOutsideTheRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> CourseSchedule.canFinish(2, new int[][] {{2, 0}}));
        assertTrue(e.getMessage().contains("course 2 is outside 0..1"));
        assertThrows(IllegalArgumentException.class, () -> CourseScheduleII.findOrder(-1, new int[0][]));
        assertThrows(IllegalArgumentException.class, () -> CourseScheduleII.findOrder(2, new int[][] {{1}}));
    }

    @Test
    void agreesWithTryingEveryOrder() {
        Random random = new Random(207);
        for (int t = 0; t < 300; t++) {
            int n = 1 + random.nextInt(5);
            int[][] pairs = new int[random.nextInt(6)][];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = new int[] {random.nextInt(n), random.nextInt(n)};
            }
            boolean possible = anyValidOrder(new ArrayList<>(), n, pairs);
            assertEquals(possible, CourseSchedule.canFinish(n, pairs));
            int[] order = CourseScheduleII.findOrder(n, pairs);
            assertEquals(possible ? n : 0, order.length);
            if (possible) {
                assertTrue(valid(order, pairs));
            }
        }
    }

    private static boolean anyValidOrder(List<Integer> prefix, int n, int[][] pairs) {
        if (prefix.size() == n) {
            return valid(prefix.stream().mapToInt(Integer::intValue).toArray(), pairs);
        }
        for (int c = 0; c < n; c++) {
            if (!prefix.contains(c)) {
                prefix.add(c);
                boolean found = anyValidOrder(prefix, n, pairs);
                prefix.remove(prefix.size() - 1);
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean valid(int[] order, int[][] pairs) {
        int[] position = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        for (int[] p : pairs) {
            if (position[p[1]] >= position[p[0]]) {
                return false;
            }
        }
        return true;
    }
}
