package dlprep.algorithms.leetcode;

import java.util.HashMap;
import java.util.Map;

/**
 * Max Points on a Line: the largest number of the given points that lie on one straight line.
 *
 * <p>Approach: for each anchor point, group the other points by the direction from the anchor, written
 * exactly as the reduced integer pair (dx / g, dy / g) with g = gcd(|dx|, |dy|) and the sign fixed so that
 * opposite directions give the same key. Copies of the anchor lie on every line through it and are
 * added to the best group.
 *
 * <p>Complexity: O(n^2 log C) time (gcd on coordinates up to C), O(n) space; checking every triple with
 * a cross product is O(n^3).
 *
 * <p>Pitfall: floating-point slopes. dy / dx loses precision for nearly parallel directions, is infinite
 * for vertical lines, and 0.0 and -0.0 are different keys in a map. The original repository had two
 * versions of this problem; the exact integer key avoids all three issues. Coordinates are widened to long
 * before subtracting, so differences cannot overflow.
 */
public final class MaxPointsOnALine {

    private MaxPointsOnALine() {
    }

    public static int maxPoints(int[][] points) {
        for (int[] p : points) {
            if (p.length != 2) {
                throw new IllegalArgumentException("maxPoints: a point is [x, y], got " + p.length + " coordinates");
            }
        }
        int best = Math.min(points.length, 1);
        for (int i = 0; i < points.length; i++) {
            Map<Long, Map<Long, Integer>> byDirection = new HashMap<>();
            int copies = 0;
            int mostOnALine = 0;
            for (int j = i + 1; j < points.length; j++) {
                long dx = (long) points[j][0] - points[i][0];
                long dy = (long) points[j][1] - points[i][1];
                if (dx == 0 && dy == 0) {
                    copies++;
                    continue;
                }
                long g = gcd(Math.abs(dx), Math.abs(dy));
                dx /= g;
                dy /= g;
                if (dx < 0 || dx == 0 && dy < 0) {
                    dx = -dx;
                    dy = -dy;
                }
                int count = byDirection.computeIfAbsent(dx, k -> new HashMap<>()).merge(dy, 1, Integer::sum);
                mostOnALine = Math.max(mostOnALine, count);
            }
            best = Math.max(best, 1 + copies + mostOnALine);
        }
        return best;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
