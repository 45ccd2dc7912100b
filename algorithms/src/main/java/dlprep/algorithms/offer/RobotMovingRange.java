package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JZ66 机器人的运动范围: a robot starts at (0, 0) of a rows x cols grid and moves one cell up, down, left or
 * right, but may not enter a cell whose row and column digit sums add up to more than a threshold. How many
 * cells can it reach?
 *
 * <p>Approach: breadth-first flood fill from (0, 0) over the allowed cells, in all four directions. (Right
 * and down moves are often said to suffice for this digit-sum region; four directions need no such argument
 * and cost the same O(rows cols).)
 *
 * <p>Complexity: O(rows cols) time and space.
 *
 * <p>Original: solved as file JZ66; the inventory records no defect. Pitfall: counting every allowed cell
 * ignores reachability: with threshold 10 on a 1 x 100 strip the cells 0..28 are reachable but 37, 46, ...
 * are allowed and cut off by 29.
 *
 * @see OfferProblems
 */
public final class RobotMovingRange {
    private RobotMovingRange() {
    }

    public static int count(int threshold, int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw Inputs.invalid(RobotMovingRange.class, "grid " + rows + " x " + cols + " has a negative side");
        }
        if (rows == 0 || cols == 0 || threshold < 0) {
            return 0;
        }
        boolean[][] seen = new boolean[rows][cols];
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {0, 0});
        seen[0][0] = true;
        int count = 0;
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            count++;
            for (int[] m : moves) {
                int r = cell[0] + m[0];
                int c = cell[1] + m[1];
                if (r >= 0 && r < rows && c >= 0 && c < cols && !seen[r][c]
                        && digitSum(r) + digitSum(c) <= threshold) {
                    seen[r][c] = true;
                    queue.add(new int[] {r, c});
                }
            }
        }
        return count;
    }

    static int digitSum(int x) {
        int s = 0;
        for (; x > 0; x /= 10) {
            s += x % 10;
        }
        return s;
    }
}
