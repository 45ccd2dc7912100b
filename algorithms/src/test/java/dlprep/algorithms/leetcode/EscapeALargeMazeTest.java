package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscapeALargeMazeTest {

    private static boolean escape(int[][] blocked, int[] source, int[] target) {
        return EscapeALargeMaze.isEscapePossible(blocked, source, target);
    }

    @Test
    void answersTheExamples() {
        assertFalse(escape(new int[][] {{0, 1}, {1, 0}}, new int[] {0, 0}, new int[] {0, 2}));
        assertTrue(escape(new int[0][], new int[] {0, 0}, new int[] {999_999, 999_999}));
    }

    @Test
    void anEnclosedTargetIsFoundFromTheTargetSide() {
        // the target sits in the corner pocket; the source is free
        assertFalse(escape(new int[][] {{0, 1}, {1, 0}}, new int[] {500, 500}, new int[] {0, 0}));
        // source and target in the same pocket
        assertTrue(escape(new int[][] {{0, 2}, {1, 1}, {2, 0}}, new int[] {0, 0}, new int[] {1, 0}));
    }

    @Test
    void theLargestPocketIsExactlyAtTheBound() {
        // a diagonal wall of 200 cells r + c = 199 encloses the 199 * 200 / 2 = 19900 cells with r + c < 199,
        // exactly B(B-1)/2 for B = 200: the search from inside must not mistake the full pocket for open
        int[][] wall = new int[200][];
        for (int r = 0; r < 200; r++) {
            wall[r] = new int[] {r, 199 - r};
        }
        assertFalse(escape(wall, new int[] {0, 0}, new int[] {300, 300}));
        assertTrue(escape(wall, new int[] {0, 0}, new int[] {198, 0}));
        assertTrue(escape(wall, new int[] {300, 300}, new int[] {999_999, 0}));
    }

    @Test
    void refusesCellsOutsideTheGridOrBlockedEnds() {
        assertThrows(IllegalArgumentException.class, () -> escape(new int[0][], new int[] {-1, 0}, new int[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> escape(new int[][] {{0, 0}}, new int[] {0, 0}, new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> escape(new int[0][], new int[] {0, 1_000_000}, new int[] {0, 0}));
    }

    @Test
    void agreesWithSearchingTheCornerWindow() {
        // blocked cells stay in [0, 8)^2, so every cell with row or column >= 8 is open and connected:
        // two cells are connected iff one reaches the other, or both reach that open region
        Random random = new Random(1036);
        for (int t = 0; t < 300; t++) {
            Set<Long> walls = new HashSet<>();
            int[][] blocked = new int[random.nextInt(14)][];
            for (int i = 0; i < blocked.length; i++) {
                blocked[i] = new int[] {random.nextInt(8), random.nextInt(8)};
                walls.add(blocked[i][0] * 100L + blocked[i][1]);
            }
            int[][] distinct = walls.stream().map(k -> new int[] {(int) (k / 100), (int) (k % 100)}).toArray(int[][]::new);
            int[] s = {random.nextInt(9), random.nextInt(9)};
            int[] g = {random.nextInt(9), random.nextInt(9)};
            if (walls.contains(s[0] * 100L + s[1]) || walls.contains(g[0] * 100L + g[1])) {
                continue;
            }
            Set<Long> fromS = reach(walls, s);
            boolean expected = fromS.contains(g[0] * 100L + g[1]) || opens(fromS) && opens(reach(walls, g));
            assertEquals(expected, escape(distinct, s, g));
        }
    }

    /** Cells reached in the window [0, 9)^2; row or column 8 counts as the open region. */
    private static Set<Long> reach(Set<Long> walls, int[] start) {
        Set<Long> seen = new HashSet<>();
        Deque<int[]> queue = new ArrayDeque<>();
        seen.add(start[0] * 100L + start[1]);
        queue.add(start);
        while (!queue.isEmpty()) {
            int[] c = queue.poll();
            for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int r = c[0] + d[0];
                int k = c[1] + d[1];
                long key = r * 100L + k;
                if (r >= 0 && r <= 8 && k >= 0 && k <= 8 && !walls.contains(key) && seen.add(key)) {
                    queue.add(new int[] {r, k});
                }
            }
        }
        return seen;
    }

    private static boolean opens(Set<Long> cells) {
        return cells.stream().anyMatch(k -> k / 100 == 8 || k % 100 == 8);
    }
}
