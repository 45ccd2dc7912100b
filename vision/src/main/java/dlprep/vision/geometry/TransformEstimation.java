package dlprep.vision.geometry;

import dlprep.engine.linalg.LuDecomposition;
import dlprep.engine.linalg.Svd;
import java.util.List;

/**
 * Transforms from point correspondences {@code src[i] -> dst[i]}. Each pair gives two equations, so an
 * affine map (6 unknowns) needs 3 pairs and a homography (8 unknowns up to scale) 4; with more pairs the
 * homography is the least-squares solution of the normalised direct linear transform (Hartley and
 * Zisserman, Multiple View Geometry, 2nd ed., algorithm 4.2). Point sets that cannot determine the
 * transform (collinear points) are refused with the points named.
 */
public final class TransformEstimation {

    /** Relative size below which an area (a cross product) counts as zero: the points are collinear. */
    private static final double COLLINEAR = 1e-9;

    private TransformEstimation() {
    }

    /**
     * The affine map taking three points onto three others (OpenCV's {@code getAffineTransform}): two 3x3
     * solves, one per output coordinate, {@code [x y 1] (a, b, c) = x'} and {@code [x y 1] (d, e, f) = y'}.
     */
    public static Transform2d affine(List<Point2d> src, List<Point2d> dst) {
        requirePairs("affine", src, dst, 3, 3);
        requireNotCollinear("affine", "src", src, 0, 1, 2);
        requireNotCollinear("affine", "dst", dst, 0, 1, 2);
        double[][] a = new double[3][];
        double[] xs = new double[3];
        double[] ys = new double[3];
        for (int i = 0; i < 3; i++) {
            a[i] = new double[] {src.get(i).x(), src.get(i).y(), 1};
            xs[i] = dst.get(i).x();
            ys[i] = dst.get(i).y();
        }
        LuDecomposition lu = LuDecomposition.of(a);
        double[] row0 = lu.solve(xs);
        double[] row1 = lu.solve(ys);
        return Transform2d.affine(row0[0], row0[1], row0[2], row1[0], row1[1], row1[2]);
    }

    /**
     * The homography with {@code dst ~ H src} from 4 or more pairs by the normalised DLT: move each point set
     * to centroid 0 and mean distance sqrt(2) (Hartley's normalisation, which makes the 2n x 9 system well
     * conditioned), take the right singular vector of its smallest singular value, undo the normalisation
     * and scale so that {@code h33 = 1}. With 4 pairs the solution is exact; no three of them may be
     * collinear. With more, all points on one line, or a null space of more than one dimension, is refused.
     */
    public static Transform2d homography(List<Point2d> src, List<Point2d> dst) {
        requirePairs("homography", src, dst, 4, Integer.MAX_VALUE);
        int n = src.size();
        if (n == 4) {
            for (int[] t : new int[][] {{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}}) {
                requireNotCollinear("homography", "src", src, t[0], t[1], t[2]);
                requireNotCollinear("homography", "dst", dst, t[0], t[1], t[2]);
            }
        }
        Transform2d ts = hartley("homography", "src", src);
        Transform2d td = hartley("homography", "dst", dst);
        // At least 9 rows so that the thin SVD has all 9 right singular vectors (a zero row changes nothing).
        double[][] a = new double[Math.max(2 * n, 9)][9];
        for (int i = 0; i < n; i++) {
            Point2d p = ts.apply(src.get(i));
            Point2d q = td.apply(dst.get(i));
            a[2 * i] = new double[] {-p.x(), -p.y(), -1, 0, 0, 0, q.x() * p.x(), q.x() * p.y(), q.x()};
            a[2 * i + 1] = new double[] {0, 0, 0, -p.x(), -p.y(), -1, q.y() * p.x(), q.y() * p.y(), q.y()};
        }
        Svd svd = Svd.of(a);
        double[] s = svd.singularValues();
        if (s[7] <= 1e-10 * s[0]) {
            throw new IllegalArgumentException("homography: the " + n + " point pairs do not determine a unique"
                    + " homography (second smallest singular value " + s[7] + " of " + s[0] + "; for example all"
                    + " but one point on a line); give pairs spread over the plane");
        }
        double[] h = svd.vt()[8];
        Transform2d normalised = Transform2d.perspective(h);
        Transform2d result = ts.then(normalised).then(td.inverse());
        double largest = 0;
        for (double v : result.matrix()) {
            largest = Math.max(largest, Math.abs(v));
        }
        // h33 = 0 happens only when the origin maps to infinity; keep such a matrix as it is.
        return Math.abs(result.get(2, 2)) > 1e-12 * largest ? result.normalised() : result;
    }

    /** Hartley's similarity: centroid to the origin, mean distance to it sqrt(2). */
    static Transform2d hartley(String op, String name, List<Point2d> points) {
        double cx = 0;
        double cy = 0;
        for (Point2d p : points) {
            cx += p.x();
            cy += p.y();
        }
        cx /= points.size();
        cy /= points.size();
        double meanDistance = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (Point2d p : points) {
            double dx = p.x() - cx;
            double dy = p.y() - cy;
            meanDistance += Math.hypot(dx, dy);
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        meanDistance /= points.size();
        // The scatter matrix's determinant is 0 exactly when all points lie on one line.
        double spread = sxx + syy;
        if (meanDistance == 0 || sxx * syy - sxy * sxy <= COLLINEAR * spread * spread) {
            throw new IllegalArgumentException(op + ": all " + points.size() + " " + name
                    + " points lie on one line (or coincide), so they cannot determine a plane transform;"
                    + " give points spread over the plane");
        }
        double scale = Math.sqrt(2) / meanDistance;
        return Transform2d.affine(scale, 0, -scale * cx, 0, scale, -scale * cy);
    }

    private static void requireNotCollinear(String op, String name, List<Point2d> points, int i, int j, int k) {
        Point2d a = points.get(i);
        Point2d b = points.get(j);
        Point2d c = points.get(k);
        double cross = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
        double size = Math.max(Math.max(a.distance(b), a.distance(c)), b.distance(c));
        if (Math.abs(cross) <= COLLINEAR * size * size) {
            throw new IllegalArgumentException(op + ": " + name + " points " + i + ", " + j + ", " + k + " ("
                    + a + ", " + b + ", " + c + ") are collinear, so the transform is not determined (or would"
                    + " be singular); choose points that form a triangle");
        }
    }

    private static void requirePairs(String op, List<Point2d> src, List<Point2d> dst, int min, int max) {
        if (src.size() != dst.size()) {
            throw new IllegalArgumentException(op + ": " + src.size() + " src points but " + dst.size()
                    + " dst points; give one dst point per src point");
        }
        if (src.size() < min || src.size() > max) {
            throw new IllegalArgumentException(op + ": " + src.size() + " point pairs; needs "
                    + (min == max ? "exactly " + min : "at least " + min));
        }
    }
}
