package dlprep.algorithms.geometry;

/**
 * A point (or vector) with integer coordinates, so that every predicate below is exact: no epsilon.
 * The cross product {@code (a - o) x (b - o)} is twice the signed area of triangle o, a, b: positive when
 * o -> a -> b turns counter-clockwise (b left of the directed line o a), negative clockwise, zero collinear.
 * Arithmetic overflow throws instead of giving a wrong sign (coordinates up to about 10^9 never overflow).
 */
public record Point(long x, long y) implements Comparable<Point> {

    public Point minus(Point o) {
        return new Point(Math.subtractExact(x, o.x), Math.subtractExact(y, o.y));
    }

    /** The z component of this x other. */
    public long cross(Point other) {
        return Math.subtractExact(Math.multiplyExact(x, other.y), Math.multiplyExact(y, other.x));
    }

    public long dot(Point other) {
        return Math.addExact(Math.multiplyExact(x, other.x), Math.multiplyExact(y, other.y));
    }

    /** {@code (a - o) x (b - o)}: > 0 counter-clockwise turn, < 0 clockwise, 0 collinear. */
    public static long cross(Point o, Point a, Point b) {
        return a.minus(o).cross(b.minus(o));
    }

    /** The sign of {@link #cross(Point, Point, Point)}: 1, -1 or 0. */
    public static int orientation(Point o, Point a, Point b) {
        return Long.signum(cross(o, a, b));
    }

    /** By x, then y: the order the convex hull sweeps in. */
    @Override
    public int compareTo(Point o) {
        return x != o.x ? Long.compare(x, o.x) : Long.compare(y, o.y);
    }
}
