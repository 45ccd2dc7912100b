package dlprep.algorithms.leetcode;

import java.util.Arrays;

/**
 * Dungeon Game: a knight walks from the top-left to the bottom-right room, moving only right or down;
 * each room adds its value (negative: damage) to his health, which must stay at least 1 all the way.
 * Return the smallest starting health that lets him through.
 *
 * <p>Approach: DP backwards from the princess. {@code need[i][j]} = health needed on entering room (i, j)
 * = max(1, min(need of the room below, need of the room right) - dungeon[i][j]).
 *
 * <p>Complexity: O(mn) time, O(n) space.
 *
 * <p>Pitfall: the direction. A forward DP must track two conflicting things (health left and the lowest
 * point so far), and keeping the path with more health left can pick the path with the deeper dip. Going
 * backwards, one number per room suffices. The max(1, ...) clamp is needed: surplus health from a healing
 * room cannot pay for damage already taken earlier.
 */
public final class DungeonGame {

    private DungeonGame() {
    }

    public static int calculateMinimumHP(int[][] dungeon) {
        if (dungeon.length == 0 || dungeon[0].length == 0) {
            throw new IllegalArgumentException("calculateMinimumHP: the dungeon has no rooms");
        }
        int m = dungeon.length;
        int n = dungeon[0].length;
        // need[j]: health needed entering room (i + 1, j) of the row below; need[n] is the wall on the right
        long[] need = new long[n + 1];
        Arrays.fill(need, Long.MAX_VALUE);
        need[n - 1] = 1;   // after the princess's room the knight must still have 1
        for (int i = m - 1; i >= 0; i--) {
            if (dungeon[i].length != n) {
                throw new IllegalArgumentException("calculateMinimumHP: row " + i + " has " + dungeon[i].length + " rooms, row 0 has " + n);
            }
            for (int j = n - 1; j >= 0; j--) {
                long next = Math.min(need[j], need[j + 1]);   // below, or right (already this row)
                need[j] = Math.max(1, next - dungeon[i][j]);
            }
        }
        if (need[0] > Integer.MAX_VALUE) {
            throw new ArithmeticException("calculateMinimumHP: the health needed, " + need[0] + ", exceeds int");
        }
        return (int) need[0];
    }
}
