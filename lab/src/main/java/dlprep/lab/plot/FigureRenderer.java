package dlprep.lab.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays a {@link Figure} out on a {@link Canvas}: the title, then a grid of panels, each with a frame, ticks at
 * 1, 2 or 5 times a power of ten, axis labels, the contour lines, the series clipped to the frame, and a legend in
 * the top right corner. Colours follow matplotlib's default cycle, so the pictures look like the original's.
 */
final class FigureRenderer {

    static final int PANEL_WIDTH = 400;
    static final int PANEL_HEIGHT = 300;
    static final int TITLE_HEIGHT = 30;
    private static final double LEFT = 62;
    private static final double RIGHT = 14;
    private static final double TOP = 26;
    private static final double BOTTOM = 44;
    /** matplotlib's tab10 colours: blue, orange, green, red, purple, brown, pink, grey. */
    private static final int[] PALETTE = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f};
    private static final int CONTOUR = 0x9ecae1;
    private static final int AXIS = 0x444444;
    /** Far outside any frame; a diverging point is moved here so the drawing stays finite. */
    private static final double FAR = 1e5;

    private FigureRenderer() {
    }

    static int width(Figure f) {
        return f.columns() * PANEL_WIDTH;
    }

    static int height(Figure f) {
        return TITLE_HEIGHT + f.rows() * PANEL_HEIGHT;
    }

    static void draw(Figure f, Canvas c) {
        c.text(width(f) / 2.0, 20, f.title(), 15, Canvas.Anchor.MIDDLE, false);
        for (int i = 0; i < f.panels().size(); i++) {
            panel(f.panels().get(i), c, (i % f.columns()) * PANEL_WIDTH, TITLE_HEIGHT + (i / f.columns()) * PANEL_HEIGHT);
        }
    }

    private static void panel(Panel p, Canvas c, double ox, double oy) {
        double left = ox + LEFT;
        double top = oy + TOP;
        double w = PANEL_WIDTH - LEFT - RIGHT;
        double h = PANEL_HEIGHT - TOP - BOTTOM;
        Frame frame = new Frame(p.x(), p.y(), left, top, w, h);
        c.text(left + w / 2, oy + 17, p.title(), 12, Canvas.Anchor.MIDDLE, false);
        for (double t : ticks(p.x())) {
            double px = frame.px(t);
            c.polyline(new double[] {px, px}, new double[] {top + h, top + h + 4}, AXIS, 1, false);
            c.text(px, top + h + 16, label(t, p.x()), 10, Canvas.Anchor.MIDDLE, false);
        }
        for (double t : ticks(p.y())) {
            double py = frame.py(t);
            c.polyline(new double[] {left - 4, left}, new double[] {py, py}, AXIS, 1, false);
            c.text(left - 6, py + 3.5, label(t, p.y()), 10, Canvas.Anchor.END, false);
        }
        c.text(left + w / 2, top + h + 34, p.xLabel(), 11, Canvas.Anchor.MIDDLE, false);
        c.text(ox + 14, top + h / 2, p.yLabel(), 11, Canvas.Anchor.MIDDLE, true);
        c.clip(left, top, w, h);
        for (Contour contour : p.contours()) {
            double[] coords = new double[contour.segments().size() * 4];
            int k = 0;
            for (double[] s : contour.segments()) {
                coords[k++] = frame.px(s[0]);
                coords[k++] = frame.py(s[1]);
                coords[k++] = frame.px(s[2]);
                coords[k++] = frame.py(s[3]);
            }
            if (coords.length > 0) {
                c.segments(coords, CONTOUR, 1);
            }
        }
        for (int i = 0; i < p.series().size(); i++) {
            series(p.series().get(i), PALETTE[i % PALETTE.length], frame, c);
        }
        c.unclip();
        c.rectangle(left, top, w, h, AXIS);
        legend(p, c, left + w - 8, top + 14);
    }

    private static void series(Series s, int rgb, Frame frame, Canvas c) {
        boolean line = s.style() != Series.Style.MARKERS;
        boolean markers = s.style() == Series.Style.MARKERS || s.style() == Series.Style.LINE_AND_MARKERS;
        List<double[]> run = new ArrayList<>(); // a line breaks at a non-finite point
        for (int k = 0; k <= s.x().length; k++) {
            boolean finite = k < s.x().length && Double.isFinite(s.x()[k]) && Double.isFinite(s.y()[k]);
            if (finite) {
                double px = frame.px(s.x()[k]);
                double py = frame.py(s.y()[k]);
                run.add(new double[] {px, py});
                if (markers) {
                    c.circle(px, py, 3, rgb);
                }
            }
            if (!finite && line && run.size() > 1) {
                c.polyline(run.stream().mapToDouble(q -> q[0]).toArray(), run.stream().mapToDouble(q -> q[1]).toArray(),
                        rgb, 1.6, s.style() == Series.Style.DASHED);
            }
            if (!finite) {
                run.clear();
            }
        }
    }

    private static void legend(Panel p, Canvas c, double right, double y) {
        for (int i = 0; i < p.series().size(); i++) {
            Series s = p.series().get(i);
            if (s.name().isEmpty()) {
                continue;
            }
            int rgb = PALETTE[i % PALETTE.length];
            double x0 = right - 22;
            if (s.style() == Series.Style.MARKERS) {
                c.circle(x0 + 9, y - 4, 3, rgb);
            } else {
                c.polyline(new double[] {x0, x0 + 18}, new double[] {y - 4, y - 4}, rgb, 1.6, s.style() == Series.Style.DASHED);
            }
            c.text(x0 - 4, y, s.name(), 10, Canvas.Anchor.END, false);
            y += 14;
        }
    }

    /** Round values inside the range: multiples of 1, 2 or 5 times a power of ten, about five of them. */
    static List<Double> ticks(Panel.Range r) {
        double step = step(r);
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(r.min() / step) * step; t <= r.max() + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    private static double step(Panel.Range r) {
        double raw = r.span() / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
    }

    /** A tick label with as many decimals as the tick step needs. */
    static String label(double t, Panel.Range r) {
        double step = step(r);
        if (Math.abs(t) >= 1e5 || (t != 0 && Math.abs(t) < 1e-3)) {
            return String.format(Locale.ROOT, "%.1e", t);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", t);
    }

    /** Data coordinates to pixels; y grows upwards in the data and downwards on the canvas. */
    private record Frame(Panel.Range x, Panel.Range y, double left, double top, double w, double h) {

        double px(double v) {
            return clamp(left + (v - x.min()) / x.span() * w);
        }

        double py(double v) {
            return clamp(top + h - (v - y.min()) / y.span() * h);
        }

        private static double clamp(double pixel) {
            return Math.max(-FAR, Math.min(FAR, pixel));
        }
    }
}
