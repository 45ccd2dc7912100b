package dlprep.algorithms.leetcode;

/**
 * Circle and Rectangle Overlapping: does a circle (radius, centre) share at least one point with an
 * axis-aligned rectangle given by its bottom-left (x1, y1) and top-right (x2, y2) corners? Touching counts.
 *
 * <p>Approach: the point of the rectangle nearest to the centre is the centre clamped into the rectangle,
 * coordinate by coordinate; the shapes overlap when that point is within the radius (squared distances,
 * so everything stays in integers).
 *
 * <p>Complexity: O(1).
 *
 * <p>Pitfall: testing only the four corners (a circle crossing the middle of a long edge touches no
 * corner) or only "centre inside the rectangle" misses cases; the clamp covers all of them at once. The
 * squares are computed in long: a difference of two ints squared overflows an int (and the sum of two
 * such squares a long for extreme coordinates, so they are refused beyond 2^29).
 */
public final class CircleAndRectangleOverlapping {

    private static final long LIMIT = 1L << 29;

    private CircleAndRectangleOverlapping() {
    }

    public static boolean checkOverlap(int radius, int xCenter, int yCenter, int x1, int y1, int x2, int y2) {
        if (radius < 0 || x1 > x2 || y1 > y2) {
            throw new IllegalArgumentException("checkOverlap: need radius >= 0, x1 <= x2, y1 <= y2, got radius " + radius
                    + ", x " + x1 + ".." + x2 + ", y " + y1 + ".." + y2);
        }
        for (long v : new long[] {radius, xCenter, yCenter, x1, y1, x2, y2}) {
            if (Math.abs(v) > LIMIT) {
                throw new IllegalArgumentException("checkOverlap: coordinates must be within +-2^29 so the squared distance fits a long, got " + v);
            }
        }
        long dx = (long) Math.max(x1, Math.min(xCenter, x2)) - xCenter;
        long dy = (long) Math.max(y1, Math.min(yCenter, y2)) - yCenter;
        return dx * dx + dy * dy <= (long) radius * radius;
    }
}
