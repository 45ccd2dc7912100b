package dlprep.vision.sift;

import dlprep.vision.color.Gray;
import dlprep.vision.image.Image;
import java.util.List;

/**
 * Pictures of SIFT results: keypoints as circles of radius {@code 2 sigma} (OpenCV's drawKeypoints with
 * rich keypoints draws radius {@code size / 2 = sigma}; twice that is easier to see) with a radius along
 * the orientation, and two images side by side with a line per match.
 */
public final class SiftPictures {

    private static final float[] YELLOW = {255, 220, 0};
    private static final float[] GREEN = {0, 230, 0};
    private static final float[] RED = {255, 40, 40};

    private SiftPictures() {
    }

    /** The image in gray (so colours stand out) with every keypoint drawn on it. */
    public static Image keypoints(Image image, List<Keypoint> keypoints) {
        Image out = Gray.toRgb(Gray.of(image).toU8());
        for (Keypoint k : keypoints) {
            double r = 2 * k.sigma();
            circle(out, k.x(), k.y(), r, YELLOW);
            line(out, k.x(), k.y(), k.x() + r * Math.cos(k.angle()), k.y() + r * Math.sin(k.angle()), YELLOW);
        }
        return out;
    }

    /**
     * {@code a} and {@code b} side by side (the shorter padded with black), a line from each match's point in
     * {@code a} to its point in {@code b}: green for inliers, red for the others ({@code inliers} may be null:
     * all green).
     */
    public static Image matches(Image a, List<Keypoint> ka, Image b, List<Keypoint> kb, List<Matcher.Match> matches,
                                boolean[] inliers) {
        Image ga = Gray.toRgb(Gray.of(a).toU8());
        Image gb = Gray.toRgb(Gray.of(b).toU8());
        int w = a.width() + b.width();
        int h = Math.max(a.height(), b.height());
        Image out = Image.blank(w, h, 3, Image.Depth.U8);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < a.width() && y < a.height(); x++) {
                    out.set(c, x, y, ga.get(c, x, y));
                }
                for (int x = 0; x < b.width() && y < b.height(); x++) {
                    out.set(c, a.width() + x, y, gb.get(c, x, y));
                }
            }
        }
        for (int i = 0; i < matches.size(); i++) {
            Keypoint p = ka.get(matches.get(i).query());
            Keypoint q = kb.get(matches.get(i).train());
            float[] colour = inliers == null || inliers[i] ? GREEN : RED;
            line(out, p.x(), p.y(), a.width() + q.x(), q.y(), colour);
            circle(out, p.x(), p.y(), 2, colour);
            circle(out, a.width() + q.x(), q.y(), 2, colour);
        }
        return out;
    }

    private static void line(Image out, double x0, double y0, double x1, double y1, float[] colour) {
        int steps = (int) Math.ceil(2 * Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))) + 1;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            plot(out, x0 + t * (x1 - x0), y0 + t * (y1 - y0), colour);
        }
    }

    private static void circle(Image out, double cx, double cy, double r, float[] colour) {
        int steps = Math.max(16, (int) Math.ceil(4 * Math.PI * r));
        for (int i = 0; i < steps; i++) {
            double t = 2 * Math.PI * i / steps;
            plot(out, cx + r * Math.cos(t), cy + r * Math.sin(t), colour);
        }
    }

    private static void plot(Image out, double x, double y, float[] colour) {
        int ix = (int) Math.round(x);
        int iy = (int) Math.round(y);
        if (ix >= 0 && iy >= 0 && ix < out.width() && iy < out.height()) {
            for (int c = 0; c < 3; c++) {
                out.set(c, ix, iy, colour[c]);
            }
        }
    }
}
