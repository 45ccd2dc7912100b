package dlprep.vision.geometry;

import dlprep.engine.linalg.LuDecomposition;
import dlprep.engine.linalg.SingularMatrixException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A plane transform as a 3x3 matrix acting on homogeneous points {@code (x, y, 1)}: rigid (rotation +
 * translation, 3 degrees of freedom) within similarity (+ uniform scale, 4) within affine (any 2x2 part,
 * 6) within perspective (a homography, 8; the last row is free and a division follows). Immutable; the
 * named constructors say which kind a matrix was built as, and {@link #then} composes any two.
 *
 * <p>Angles of {@link #rigid} and {@link #similarity} are in radians, from the x axis towards the y axis,
 * which with y pointing down is clockwise on the screen. {@link #rotationAbout} takes OpenCV's
 * {@code getRotationMatrix2D} arguments instead (degrees, positive = counter-clockwise on the screen).
 */
public final class Transform2d {

    private final double[] m; // row-major 3x3

    private Transform2d(double[] m) {
        for (int i = 0; i < 9; i++) {
            if (!Double.isFinite(m[i])) {
                throw new IllegalArgumentException("transform: entry (" + i / 3 + ", " + i % 3 + ") is " + m[i]
                        + "; every entry must be finite");
            }
        }
        this.m = m;
    }

    public static Transform2d identity() {
        return affine(1, 0, 0, 0, 1, 0);
    }

    public static Transform2d translation(double tx, double ty) {
        return affine(1, 0, tx, 0, 1, ty);
    }

    /** A rotation by {@code radians} about the origin followed by a translation: lengths and angles kept. */
    public static Transform2d rigid(double radians, double tx, double ty) {
        return similarity(1, radians, tx, ty);
    }

    /** {@code [s cos, -s sin, tx; s sin, s cos, ty]}: a rigid transform with a uniform scale; shapes kept. */
    public static Transform2d similarity(double scale, double radians, double tx, double ty) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("similarity: scale " + scale + " must be positive");
        }
        double c = scale * Math.cos(radians);
        double s = scale * Math.sin(radians);
        return affine(c, -s, tx, s, c, ty);
    }

    /**
     * OpenCV's {@code getRotationMatrix2D(center, angle, scale)}: a similarity turning the picture by
     * {@code degrees} counter-clockwise as seen on the screen (y down) about ({@code cx}, {@code cy}).
     */
    public static Transform2d rotationAbout(double cx, double cy, double degrees, double scale) {
        double a = scale * Math.cos(Math.toRadians(degrees));
        double b = scale * Math.sin(Math.toRadians(degrees));
        return affine(a, b, (1 - a) * cx - b * cy, -b, a, b * cx + (1 - a) * cy);
    }

    /** The affine map {@code x' = a x + b y + c, y' = d x + e y + f} (OpenCV's 2x3 matrix, row by row). */
    public static Transform2d affine(double a, double b, double c, double d, double e, double f) {
        return new Transform2d(new double[] {a, b, c, d, e, f, 0, 0, 1});
    }

    /** A homography from its nine entries, row by row (defined up to scale; not normalised here). */
    public static Transform2d perspective(double... h) {
        if (h.length != 9) {
            throw new IllegalArgumentException("perspective: " + h.length + " entries; a homography has 9 (3x3, row by row)");
        }
        return new Transform2d(h.clone());
    }

    /** Entry ({@code row}, {@code column}) of the matrix. */
    public double get(int row, int column) {
        return m[row * 3 + column];
    }

    /** The nine entries, row by row (a copy). */
    public double[] matrix() {
        return m.clone();
    }

    /** Whether the last row is (0, 0, 1), so no division is needed and parallel lines stay parallel. */
    public boolean isAffine() {
        return m[6] == 0 && m[7] == 0 && m[8] == 1;
    }

    /** Where the point goes: {@code (x', y') = (h1 . p, h2 . p) / (h3 . p)}. */
    public Point2d apply(Point2d p) {
        double w = m[6] * p.x() + m[7] * p.y() + m[8];
        return new Point2d((m[0] * p.x() + m[1] * p.y() + m[2]) / w, (m[3] * p.x() + m[4] * p.y() + m[5]) / w);
    }

    /** This transform followed by {@code next}: the matrix {@code next * this}. */
    public Transform2d then(Transform2d next) {
        double[] out = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += next.m[i * 3 + k] * m[k * 3 + j];
                }
                out[i * 3 + j] = s;
            }
        }
        return new Transform2d(out);
    }

    /**
     * The inverse map. An affine transform is inverted in closed form, with the arithmetic of OpenCV's
     * {@code invertAffineTransform} (so warps land on the same fixed-point coordinates); a homography by LU.
     * A singular transform (it folds the plane onto a line or a point) has no inverse and is refused.
     */
    public Transform2d inverse() {
        if (isAffine()) {
            double det = m[0] * m[4] - m[1] * m[3];
            double scale = Math.max(Math.max(Math.abs(m[0]), Math.abs(m[1])), Math.max(Math.abs(m[3]), Math.abs(m[4])));
            if (Math.abs(det) <= 1e-12 * scale * scale || scale == 0) {
                throw singular();
            }
            double d = 1 / det;
            double a11 = m[4] * d;
            double a22 = m[0] * d;
            double a12 = -m[1] * d;
            double a21 = -m[3] * d;
            return affine(a11, a12, -a11 * m[2] - a12 * m[5], a21, a22, -a21 * m[2] - a22 * m[5]);
        }
        double[][] a = {{m[0], m[1], m[2]}, {m[3], m[4], m[5]}, {m[6], m[7], m[8]}};
        double[][] inv;
        try {
            inv = LuDecomposition.of(a).inverse();
        } catch (SingularMatrixException e) {
            throw singular();
        }
        return new Transform2d(new double[] {inv[0][0], inv[0][1], inv[0][2], inv[1][0], inv[1][1], inv[1][2],
                inv[2][0], inv[2][1], inv[2][2]});
    }

    /** The homography scaled so that its bottom-right entry is 1 (OpenCV's convention), when it is not 0. */
    public Transform2d normalised() {
        if (m[8] == 0) {
            return this;
        }
        double[] out = new double[9];
        for (int i = 0; i < 9; i++) {
            out[i] = m[i] / m[8];
        }
        return new Transform2d(out);
    }

    private IllegalArgumentException singular() {
        return new IllegalArgumentException("transform: " + this + " is singular (it maps the plane onto a line"
                + " or a point) and has no inverse; check the matrix or the points it was estimated from");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transform2d t && Arrays.equals(m, t.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 9; i++) {
            sb.append(String.format(Locale.ROOT, "%.6g", m[i])).append(i == 8 ? "]" : i % 3 == 2 ? "; " : ", ");
        }
        return sb.toString();
    }
}
