package dlprep.algorithms.geometry;

import java.util.List;

/**
 * Polygon area by the shoelace formula: {@code 2A = sum over edges of x_i y_{i+1} - x_{i+1} y_i}, the sum of
 * the signed areas of the triangles (origin, edge). Counter-clockwise vertices give a positive sum,
 * clockwise a negative one. For a simple (non-self-intersecting) polygon; O(n), exact in integers.
 */
public final class PolygonArea {

    private PolygonArea() {
    }

    /** Twice the signed area (an integer for integer vertices). */
    public static long twiceSignedArea(List<Point> polygon) {
        long sum = 0;
        int n = polygon.size();
        for (int i = 0; i < n; i++) {
            sum = Math.addExact(sum, polygon.get(i).cross(polygon.get((i + 1) % n)));
        }
        return sum;
    }

    /** The area, whatever the orientation. */
    public static double area(List<Point> polygon) {
        return Math.abs(twiceSignedArea(polygon)) / 2.0;
    }
}
