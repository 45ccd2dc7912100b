package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Escape a Large Maze: on a 10^6 x 10^6 grid with a few blocked cells (at most 200 in the problem), can
 * one walk (up, down, left, right) from source to target?
 *
 * <p>Approach: a geometric bound instead of a full search. B blocked cells can enclose at most
 * B(B - 1) / 2 free cells: the largest pocket is a diagonal wall cutting off a corner. So a breadth-first
 * search from the source that reaches the target, or visits more cells than that, settles the source's
 * side; the same search from the target settles its side. Both sides open means they meet in the open
 * grid.
 *
 * <p>Complexity: O(B^2) time and space, independent of the 10^12-cell grid.
 *
 * <p>Pitfall: searching from the source only. The source may be free while the target is enclosed in a
 * pocket; both ends need the bounded search. The original repository's BFS over the grid timed out; cells
 * are keyed as {@code row * 10^6 + col} in a long, which an int cannot hold.
 */
public final class EscapeALargeMaze {

    private static final int SIZE = 1_000_000;
    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private EscapeALargeMaze() {
    }

    public static boolean isEscapePossible(int[][] blocked, int[] source, int[] target) {
        Set<Long> walls = new HashSet<>();
        for (int[] cell : blocked) {
            walls.add(key("blocked cell", cell));
        }
        long from = key("source", source);
        long to = key("target", target);
        if (walls.contains(from) || walls.contains(to)) {
            throw new IllegalArgumentException("isEscapePossible: the source or the target is a blocked cell");
        }
        long limit = (long) blocked.length * (blocked.length - 1) / 2;
        return opensUp(walls, from, to, limit) && opensUp(walls, to, from, limit);
    }

    /** Whether a search from start reaches goal or more than limit cells (so no pocket holds it). */
    private static boolean opensUp(Set<Long> walls, long start, long goal, long limit) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>();
        seen.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            if (seen.size() > limit) {
                return true;
            }
            long cell = queue.poll();
            if (cell == goal) {
                return true;
            }
            long r = cell / SIZE;
            long c = cell % SIZE;
            for (int[] step : STEPS) {
                long rr = r + step[0];
                long cc = c + step[1];
                long next = rr * SIZE + cc;
                if (rr >= 0 && rr < SIZE && cc >= 0 && cc < SIZE && !walls.contains(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return false;
    }

    private static long key(String what, int[] cell) {
        if (cell.length != 2 || cell[0] < 0 || cell[0] >= SIZE || cell[1] < 0 || cell[1] >= SIZE) {
            throw new IllegalArgumentException("isEscapePossible: the " + what + " must be [row, col] inside the "
                    + SIZE + " x " + SIZE + " grid, got " + Arrays.toString(cell));
        }
        return (long) cell[0] * SIZE + cell[1];
    }
}
