package dlprep.algorithms.geometry;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeometryTest {

    private static Point p(long x, long y) {
        return new Point(x, y);
    }

    @Test
    void crossProductSignGivesTheTurn() {
        assertEquals(1, Point.orientation(p(0, 0), p(1, 0), p(1, 1)));    // left turn
        assertEquals(-1, Point.orientation(p(0, 0), p(1, 0), p(1, -1)));  // right turn
        assertEquals(0, Point.orientation(p(0, 0), p(1, 1), p(3, 3)));    // collinear
        assertEquals(2, Point.cross(p(0, 0), p(2, 0), p(0, 1)));          // twice the triangle's area 1
        assertEquals(11, p(1, 2).dot(p(3, 4)));
    }

    @Test
    void crossProductOverflowThrows() {
        Point big = p(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2);
        assertThrows(ArithmeticException.class, () -> Point.cross(p(0, 0), big, p(-Long.MAX_VALUE / 2, Long.MAX_VALUE / 2)));
    }

    @Test
    void segmentIntersectionCases() {
        assertTrue(SegmentIntersection.intersects(p(0, 0), p(2, 2), p(0, 2), p(2, 0)));   // an X
        assertFalse(SegmentIntersection.intersects(p(0, 0), p(1, 1), p(2, 0), p(3, -1)));
        assertTrue(SegmentIntersection.intersects(p(0, 0), p(2, 0), p(2, 0), p(3, 5)));   // touching endpoints
        assertTrue(SegmentIntersection.intersects(p(0, 0), p(4, 0), p(2, 0), p(2, 3)));   // a T
        assertTrue(SegmentIntersection.intersects(p(0, 0), p(3, 0), p(2, 0), p(5, 0)));   // collinear overlap
        assertFalse(SegmentIntersection.intersects(p(0, 0), p(1, 0), p(2, 0), p(5, 0)));  // collinear, apart
        assertTrue(SegmentIntersection.intersects(p(1, 1), p(1, 1), p(0, 0), p(2, 2)));   // a point on a segment
    }

    @Test
    void segmentIntersectionAgreesWithLatticeSampling() {
        // the reference solves for the intersection parameters exactly (see meetByParameters); a small grid
        // makes collinear, touching and degenerate (zero-length) segments common
        Random random = new Random(29);
        for (int t = 0; t < 2000; t++) {
            Point a = p(random.nextInt(5), random.nextInt(5));
            Point b = p(random.nextInt(5), random.nextInt(5));
            Point c = p(random.nextInt(5), random.nextInt(5));
            Point d = p(random.nextInt(5), random.nextInt(5));
            assertEquals(meetByParameters(a, b, c, d), SegmentIntersection.intersects(a, b, c, d), a + " " + b + " " + c + " " + d);
            assertEquals(SegmentIntersection.intersects(a, b, c, d), SegmentIntersection.intersects(c, d, b, a));
        }
    }

    @Test
    void convexHullOfASquareWithInnerAndEdgePoints() {
        List<Point> pts = List.of(p(0, 0), p(2, 0), p(2, 2), p(0, 2), p(1, 1), p(1, 0), p(0, 0));
        assertEquals(List.of(p(0, 0), p(2, 0), p(2, 2), p(0, 2)), ConvexHull.of(pts));
        assertEquals(List.of(), ConvexHull.of(List.of()));
        assertEquals(List.of(p(3, 3)), ConvexHull.of(List.of(p(3, 3), p(3, 3))));
        assertEquals(List.of(p(0, 0), p(3, 3)), ConvexHull.of(List.of(p(0, 0), p(1, 1), p(2, 2), p(3, 3))));   // collinear
    }

    @Test
    void convexHullContainsEveryPointAndTurnsLeft() {
        Random random = new Random(30);
        for (int t = 0; t < 200; t++) {
            List<Point> pts = new ArrayList<>();
            int n = 3 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                pts.add(p(random.nextInt(10), random.nextInt(10)));
            }
            List<Point> hull = ConvexHull.of(pts);
            int h = hull.size();
            if (h < 3) {
                continue;   // all points collinear
            }
            Set<Point> corners = new HashSet<>(hull);
            for (int i = 0; i < h; i++) {
                Point a = hull.get(i);
                Point b = hull.get((i + 1) % h);
                assertTrue(Point.cross(a, b, hull.get((i + 2) % h)) > 0, "strict left turns");
                for (Point q : pts) {
                    assertTrue(Point.cross(a, b, q) >= 0, q + " outside edge " + a + " " + b);
                }
            }
            for (Point q : pts) {   // a point is a corner iff it is not inside the hull of the others
                if (corners.contains(q)) {
                    List<Point> others = new ArrayList<>(pts);
                    others.removeIf(q::equals);
                    assertFalse(ConvexHull.of(others).contains(q));
                }
            }
        }
    }

    @Test
    void shoelaceArea() {
        List<Point> square = List.of(p(0, 0), p(4, 0), p(4, 3), p(0, 3));
        assertEquals(24, PolygonArea.twiceSignedArea(square));   // 4 * 3 * 2
        assertEquals(12.0, PolygonArea.area(square));
        assertEquals(-24, PolygonArea.twiceSignedArea(List.of(p(0, 3), p(4, 3), p(4, 0), p(0, 0))));   // clockwise
        // an L shape: 2x2 square minus a 1x1 corner = 3
        assertEquals(3.0, PolygonArea.area(List.of(p(0, 0), p(2, 0), p(2, 1), p(1, 1), p(1, 2), p(0, 2))));
        assertEquals(0.0, PolygonArea.area(List.of()));
    }

    /**
     * Exact intersection by solving a + s(b - a) = c + t(d - c) with rationals: s and t in [0, 1]; for
     * parallel segments, collinear overlap by projection.
     */
    private static boolean meetByParameters(Point a, Point b, Point c, Point d) {
        Point r = b.minus(a);
        Point s = d.minus(c);
        long denom = r.cross(s);
        Point ca = c.minus(a);
        if (denom == 0) {
            if (ca.cross(r) != 0) {
                return false;   // parallel, different lines
            }
            if (r.dot(r) == 0 && s.dot(s) == 0) {
                return a.equals(c);
            }
            if (r.dot(r) == 0) {
                return meetByParameters(c, d, a, b);
            }
            long t0 = ca.dot(r);
            long t1 = d.minus(a).dot(r);
            long rr = r.dot(r);
            return Math.max(Math.min(t0, t1), 0) <= Math.min(Math.max(t0, t1), rr);
        }
        long sNum = ca.cross(s);
        long tNum = ca.cross(r);
        if (denom < 0) {
            denom = -denom;
            sNum = -sNum;
            tNum = -tNum;
        }
        return 0 <= sNum && sNum <= denom && 0 <= tNum && tNum <= denom;
    }
}
