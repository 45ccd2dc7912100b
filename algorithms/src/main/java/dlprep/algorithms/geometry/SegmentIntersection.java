package dlprep.algorithms.geometry;

/**
 * Whether two closed segments p1p2 and q1q2 meet. In general position they cross exactly when each
 * segment's endpoints lie strictly on opposite sides of the other's line (cross products of opposite
 * signs). The special cases are the ones with a zero cross product: an endpoint on the other segment's line
 * meets it only if it also lies within that segment's bounding box; this covers touching endpoints,
 * T-junctions and collinear overlaps. O(1), exact on integers.
 */
public final class SegmentIntersection {

    private SegmentIntersection() {
    }

    public static boolean intersects(Point p1, Point p2, Point q1, Point q2) {
        int d1 = Point.orientation(q1, q2, p1);
        int d2 = Point.orientation(q1, q2, p2);
        int d3 = Point.orientation(p1, p2, q1);
        int d4 = Point.orientation(p1, p2, q2);
        if (d1 * d2 < 0 && d3 * d4 < 0) {
            return true;
        }
        return d1 == 0 && onSegment(q1, q2, p1)
                || d2 == 0 && onSegment(q1, q2, p2)
                || d3 == 0 && onSegment(p1, p2, q1)
                || d4 == 0 && onSegment(p1, p2, q2);
    }

    /** For r collinear with a b: whether r lies between a and b. */
    private static boolean onSegment(Point a, Point b, Point r) {
        return Math.min(a.x(), b.x()) <= r.x() && r.x() <= Math.max(a.x(), b.x())
                && Math.min(a.y(), b.y()) <= r.y() && r.y() <= Math.max(a.y(), b.y());
    }
}
