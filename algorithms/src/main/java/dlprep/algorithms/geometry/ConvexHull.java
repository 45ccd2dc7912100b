package dlprep.algorithms.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Convex hull by Andrew's monotone chain. Sort the points by (x, y); sweep left to right building the lower
 * hull and right to left building the upper hull, each kept as a stack that turns strictly counter-clockwise:
 * before pushing a point, pop while the last two points and the new one do not make a left turn (collinear
 * points are dropped, so only the corners remain). Each point is pushed and popped at most once per chain,
 * so O(n log n) for the sort and O(n) after.
 */
public final class ConvexHull {

    private ConvexHull() {
    }

    /** The hull's corners in counter-clockwise order starting at the smallest (x, y); duplicates are ignored. */
    public static List<Point> of(List<Point> points) {
        List<Point> sorted = points.stream().sorted().distinct().toList();
        int n = sorted.size();
        if (n <= 2) {
            return new ArrayList<>(sorted);
        }
        Point[] hull = new Point[2 * n];
        int k = 0;
        for (Point p : sorted) {   // lower hull
            while (k >= 2 && Point.cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        int lowerSize = k + 1;
        for (int i = n - 2; i >= 0; i--) {   // upper hull
            Point p = sorted.get(i);
            while (k >= lowerSize && Point.cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        List<Point> out = new ArrayList<>(k - 1);
        for (int i = 0; i < k - 1; i++) {   // the last point repeats the first
            out.add(hull[i]);
        }
        return out;
    }
}
