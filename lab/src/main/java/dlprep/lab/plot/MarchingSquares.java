package dlprep.lab.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Contour lines by marching squares: sample f on a grid, and in every cell whose corners lie on both sides
 * of a level, join the points where the level crosses the cell's edges (found by linear interpolation along
 * each edge). A cell crossed on all four edges is a saddle; the value at its centre decides which corners
 * the level separates.
 */
public final class MarchingSquares {

    private MarchingSquares() {
    }

    /** The contours of {@code f} at each of {@code levels} over the box, on a grid of nx x ny cells. */
    public static List<Contour> contours(DoubleBinaryOperator f, Panel.Range x, Panel.Range y, int nx, int ny,
                                         double... levels) {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException("marching squares: need at least 1 x 1 cells, got " + nx + " x " + ny);
        }
        double[] xs = grid(x, nx);
        double[] ys = grid(y, ny);
        double[][] v = new double[nx + 1][ny + 1];
        for (int i = 0; i <= nx; i++) {
            for (int j = 0; j <= ny; j++) {
                v[i][j] = f.applyAsDouble(xs[i], ys[j]);
            }
        }
        List<Contour> out = new ArrayList<>();
        for (double level : levels) {
            List<double[]> segments = new ArrayList<>();
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    cell(xs[i], xs[i + 1], ys[j], ys[j + 1], v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1],
                            f.applyAsDouble((xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2), level, segments);
                }
            }
            out.add(new Contour(level, segments));
        }
        return out;
    }

    /**
     * One cell with corners c0 = (x0, y0), c1 = (x1, y0), c2 = (x1, y1), c3 = (x0, y1); edge k joins corner k to
     * corner k + 1 (mod 4). Adds its segments at {@code level}.
     */
    private static void cell(double x0, double x1, double y0, double y1, double v0, double v1, double v2, double v3,
                             double centre, double level, List<double[]> segments) {
        double[] cx = {x0, x1, x1, x0};
        double[] cy = {y0, y0, y1, y1};
        double[] cv = {v0, v1, v2, v3};
        double[][] crossing = new double[4][];
        int count = 0;
        for (int k = 0; k < 4; k++) {
            int a = k;
            int b = (k + 1) % 4;
            if ((cv[a] > level) != (cv[b] > level)) {
                double t = (level - cv[a]) / (cv[b] - cv[a]);
                crossing[k] = new double[] {cx[a] + t * (cx[b] - cx[a]), cy[a] + t * (cy[b] - cy[a])};
                count++;
            }
        }
        if (count == 2) {
            double[] p = null;
            for (double[] c : crossing) {
                if (c != null) {
                    if (p == null) {
                        p = c;
                    } else {
                        segments.add(new double[] {p[0], p[1], c[0], c[1]});
                    }
                }
            }
        } else if (count == 4) {
            boolean centreWithC0 = (centre > level) == (v0 > level);
            if (centreWithC0) { // c0 and c2 connected through the centre: cut off c1 and c3
                segments.add(join(crossing[0], crossing[1]));
                segments.add(join(crossing[2], crossing[3]));
            } else { // cut off c0 and c2
                segments.add(join(crossing[3], crossing[0]));
                segments.add(join(crossing[1], crossing[2]));
            }
        }
    }

    private static double[] join(double[] p, double[] q) {
        return new double[] {p[0], p[1], q[0], q[1]};
    }

    private static double[] grid(Panel.Range r, int cells) {
        double[] g = new double[cells + 1];
        for (int i = 0; i <= cells; i++) {
            g[i] = r.min() + r.span() * i / cells;
        }
        return g;
    }
}
