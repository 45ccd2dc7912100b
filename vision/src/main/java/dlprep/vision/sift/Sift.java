package dlprep.vision.sift;

import dlprep.engine.linalg.LuDecomposition;
import dlprep.engine.linalg.SingularMatrixException;
import dlprep.vision.color.Gray;
import dlprep.vision.filter.BorderMode;
import dlprep.vision.filter.GaussianBlur;
import dlprep.vision.geometry.Transform2d;
import dlprep.vision.geometry.Warp;
import dlprep.vision.image.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * SIFT (Lowe, "Distinctive image features from scale-invariant keypoints", IJCV 2004): keypoints at the
 * extrema of the difference of Gaussians over space and scale, refined to sub-pixel and sub-scale by a
 * quadratic fit, filtered by contrast and by the principal-curvature ratio (edges), given orientations from a
 * 36-bin gradient histogram and 128-d descriptors (4x4 cells x 8 orientations, trilinear votes, clipped at
 * 0.2 and renormalised).
 *
 * <p>Where Lowe leaves a choice open this follows OpenCV's {@code SIFT} (4.x), so the two can be compared:
 * the input is scaled to [0, 1] and assumed to carry a blur of 0.5; the first octave is the input doubled
 * by bilinear interpolation (an option); the contrast threshold is OpenCV's {@code 0.04 / s} on |D| at the
 * refined extremum (Lowe's paper uses 0.03 for s = 3, which is {@code contrastThreshold = 0.09} here;
 * 0.04 / 3 = 0.0133 keeps more, weaker points), with a quick pre-test at half of it; extrema within
 * 5 pixels of an octave's border are skipped; the orientation
 * window has sigma 1.5 x the keypoint's scale and radius 3 of those sigmas, its histogram is smoothed by
 * (1, 4, 6, 4, 1) / 16 before peaks of at least 0.8 x the highest are taken (each a keypoint of its own);
 * a descriptor cell is 3 keypoint sigmas wide.
 */
public final class Sift {

    /** The parameters with Lowe's and OpenCV's defaults. */
    public record Options(int intervals, double sigma, boolean doubleImage, double contrastThreshold,
                         double edgeRatio) {

        public static final Options DEFAULT = new Options(3, 1.6, true, 0.04, 10);

        public Options {
            if (intervals < 1 || !(sigma > 0) || !(contrastThreshold >= 0) || !(edgeRatio > 1)) {
                throw new IllegalArgumentException("sift: intervals " + intervals + " (>= 1), sigma " + sigma
                        + " (> 0), contrast threshold " + contrastThreshold + " (>= 0), edge ratio " + edgeRatio
                        + " (> 1)");
            }
        }
    }

    /** Keypoints with their descriptors, {@code descriptors[i]} belonging to {@code keypoints.get(i)}. */
    public record Features(List<Keypoint> keypoints, float[][] descriptors) {
    }

    private static final double INPUT_BLUR = 0.5;
    private static final int BORDER = 5;
    private static final int MAX_REFINE_STEPS = 5;
    private static final int ORIENTATION_BINS = 36;
    private static final double ORIENTATION_SIGMA = 1.5;
    private static final double ORIENTATION_RADIUS = 3 * ORIENTATION_SIGMA;
    private static final double ORIENTATION_PEAK = 0.8;
    private static final int DESCRIPTOR_CELLS = 4;
    private static final int DESCRIPTOR_BINS = 8;
    private static final double DESCRIPTOR_CELL_WIDTH = 3;
    private static final float DESCRIPTOR_CLIP = 0.2f;

    private final Options options;

    public Sift(Options options) {
        this.options = options;
    }

    public Sift() {
        this(Options.DEFAULT);
    }

    /** Keypoints and descriptors of an image (an RGB image is turned to gray first). */
    public Features detectAndDescribe(Image image) {
        ScaleSpace space = scaleSpace(image);
        List<Keypoint> keypoints = keypoints(space);
        float[][] descriptors = new float[keypoints.size()][];
        for (int i = 0; i < descriptors.length; i++) {
            descriptors[i] = describe(space, keypoints.get(i));
        }
        return new Features(keypoints, descriptors);
    }

    /** The keypoints alone, without descriptors. */
    public List<Keypoint> detect(Image image) {
        return keypoints(scaleSpace(image));
    }

    /** Every refined extremum, once per orientation peak. */
    private List<Keypoint> keypoints(ScaleSpace space) {
        List<Keypoint> keypoints = new ArrayList<>();
        for (Extremum e : extrema(space)) {
            for (double angle : orientations(space, e)) {
                keypoints.add(e.keypoint(angle, options.doubleImage()));
            }
        }
        return keypoints;
    }

    ScaleSpace scaleSpace(Image image) {
        Image gray = luminance(image);
        if (Math.min(gray.width(), gray.height()) < 2 * BORDER + 3) {
            throw new IllegalArgumentException("sift: image " + image.width() + "x" + image.height()
                    + " is too small; SIFT needs at least " + (2 * BORDER + 3) + " pixels each way");
        }
        Image base = gray;
        double blur = INPUT_BLUR;
        if (options.doubleImage()) {
            // OpenCV's resize x2 (INTER_LINEAR, pixel centres aligned): dst = 2 src + 0.5.
            base = Warp.warpAffine(gray, Transform2d.affine(2, 0, 0.5, 0, 2, 0.5), 2 * gray.width(),
                    2 * gray.height(), Warp.Interpolation.BILINEAR, BorderMode.REPLICATE, 0);
            blur *= 2;
        }
        double sigma = options.sigma();
        base = GaussianBlur.apply(base, 0, Math.sqrt(Math.max(sigma * sigma - blur * blur, 0.01)));
        // OpenCV's octave count: down to a few pixels across (the last ones too small to hold an extremum).
        double log2 = Math.log(Math.min(base.width(), base.height())) / Math.log(2);
        int octaves = Math.max(1, (int) Math.round(log2 - 2) + (options.doubleImage() ? 1 : 0));
        return new ScaleSpace(base, octaves, options.intervals(), sigma);
    }

    /** Gray (OpenCV's cvtColor weights, {@link Gray}) as float in [0, 1]. */
    static Image luminance(Image image) {
        float[] g = Gray.of(image).data();
        float[] out = new float[g.length];
        for (int i = 0; i < g.length; i++) {
            out[i] = g[i] / 255f;
        }
        return Image.of(image.width(), image.height(), 1, Image.Depth.F32, out);
    }

    /** A refined extremum in octave coordinates. */
    record Extremum(int octave, double layer, double x, double y, double scaleInOctave, double response) {

        Keypoint keypoint(double angle, boolean doubled) {
            double step = Math.pow(2, octave);
            double toInput = doubled ? step / 2 : step;
            return new Keypoint(inputCoordinate(x * step, doubled), inputCoordinate(y * step, doubled),
                    scaleInOctave * toInput, angle, response, octave, layer);
        }
    }

    /**
     * Pixel {@code p} of the doubled image sits at {@code (p - 0.5) / 2} of the input (the resize aligns pixel
     * centres: {@code dst = 2 src + 0.5}). OpenCV takes {@code p / 2}, a quarter pixel off; this does not.
     */
    static double inputCoordinate(double base, boolean doubled) {
        return doubled ? (base - 0.5) / 2 : base;
    }

    static double baseCoordinate(double input, boolean doubled) {
        return doubled ? 2 * input + 0.5 : input;
    }

    List<Extremum> extrema(ScaleSpace space) {
        int s = space.intervals;
        double prelim = 0.5 * options.contrastThreshold() / s;
        List<Extremum> found = new ArrayList<>();
        for (int o = 0; o < space.octaves; o++) {
            int w = space.dogs[o][0].width();
            int h = space.dogs[o][0].height();
            for (int layer = 1; layer <= s; layer++) {
                float[] prev = space.dogs[o][layer - 1].data();
                float[] cur = space.dogs[o][layer].data();
                float[] next = space.dogs[o][layer + 1].data();
                for (int y = BORDER; y < h - BORDER; y++) {
                    for (int x = BORDER; x < w - BORDER; x++) {
                        int i = y * w + x;
                        float v = cur[i];
                        if (Math.abs(v) > prelim && isExtremum(v, i, w, prev, cur, next)) {
                            Extremum e = refine(space, o, layer, x, y);
                            if (e != null) {
                                found.add(e);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** At least as large (or small) as all 26 neighbours in the 3x3x3 cube of space and scale. */
    private static boolean isExtremum(float v, int i, int w, float[] prev, float[] cur, float[] next) {
        boolean max = v > 0;
        for (float[] plane : new float[][] {prev, cur, next}) {
            for (int dy = -w; dy <= w; dy += w) {
                for (int dx = -1; dx <= 1; dx++) {
                    float n = plane[i + dy + dx];
                    if (max ? n > v : n < v) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Lowe's section 4: fit a quadratic to D around the sample, {@code x_hat = -H^-1 grad D}; while an offset
     * exceeds half a sample move there and fit again (at most 5 times). Then reject low contrast
     * {@code |D(x_hat)| = |D + grad D . x_hat / 2|} and edges, where the 2x2 spatial Hessian has
     * {@code tr^2 / det >= (r + 1)^2 / r}.
     */
    private Extremum refine(ScaleSpace space, int o, int layer, int x, int y) {
        int s = space.intervals;
        int w = space.dogs[o][0].width();
        int h = space.dogs[o][0].height();
        double[] offset = null;
        double[] gradient = null;
        double dxx = 0;
        double dyy = 0;
        double dxy = 0;
        int step = 0;
        for (; step < MAX_REFINE_STEPS; step++) {
            float[] prev = space.dogs[o][layer - 1].data();
            float[] cur = space.dogs[o][layer].data();
            float[] next = space.dogs[o][layer + 1].data();
            int i = y * w + x;
            gradient = new double[] {(cur[i + 1] - cur[i - 1]) * 0.5, (cur[i + w] - cur[i - w]) * 0.5,
                    (next[i] - prev[i]) * 0.5};
            double v2 = 2.0 * cur[i];
            dxx = cur[i + 1] + cur[i - 1] - v2;
            dyy = cur[i + w] + cur[i - w] - v2;
            double dss = next[i] + prev[i] - v2;
            dxy = (cur[i + w + 1] - cur[i + w - 1] - cur[i - w + 1] + cur[i - w - 1]) * 0.25;
            double dxs = (next[i + 1] - next[i - 1] - prev[i + 1] + prev[i - 1]) * 0.25;
            double dys = (next[i + w] - next[i - w] - prev[i + w] + prev[i - w]) * 0.25;
            double[][] hessian = {{dxx, dxy, dxs}, {dxy, dyy, dys}, {dxs, dys, dss}};
            try {
                offset = LuDecomposition.of(hessian).solve(gradient);
            } catch (SingularMatrixException flat) {
                return null;
            }
            for (int k = 0; k < 3; k++) {
                offset[k] = -offset[k];
            }
            if (Math.abs(offset[0]) < 0.5 && Math.abs(offset[1]) < 0.5 && Math.abs(offset[2]) < 0.5) {
                break;
            }
            if (Math.abs(offset[0]) > w || Math.abs(offset[1]) > h || Math.abs(offset[2]) > s) {
                return null;
            }
            x += (int) Math.round(offset[0]);
            y += (int) Math.round(offset[1]);
            layer += (int) Math.round(offset[2]);
            if (layer < 1 || layer > s || x < BORDER || x >= w - BORDER || y < BORDER || y >= h - BORDER) {
                return null;
            }
        }
        if (step >= MAX_REFINE_STEPS) {
            return null;
        }
        double value = space.dogs[o][layer].data()[y * w + x];
        double contrast = value + 0.5 * (gradient[0] * offset[0] + gradient[1] * offset[1] + gradient[2] * offset[2]);
        if (Math.abs(contrast) * s < options.contrastThreshold()) {
            return null;
        }
        double trace = dxx + dyy;
        double det = dxx * dyy - dxy * dxy;
        double r = options.edgeRatio();
        if (det <= 0 || trace * trace * r >= (r + 1) * (r + 1) * det) {
            return null;
        }
        double scale = options.sigma() * Math.pow(2, (layer + offset[2]) / s);
        return new Extremum(o, layer + offset[2], x + offset[0], y + offset[1], scale, Math.abs(contrast));
    }

    /** The Gaussian image of the octave whose blur is nearest the keypoint's (OpenCV uses the integer layer). */
    private static Image gaussianAt(ScaleSpace space, int octave, double scaleInOctave, double sigma) {
        int layer = (int) Math.round(space.intervals * Math.log(scaleInOctave / sigma) / Math.log(2));
        return space.gaussians[octave][Math.max(0, Math.min(space.intervals + 2, layer))];
    }

    /**
     * Lowe's section 5: a 36-bin histogram of gradient directions around the keypoint, each vote its
     * magnitude times a Gaussian of sigma 1.5 x scale; smoothed, then every local peak of at least 0.8 x the
     * highest, located by a parabola through it and its two neighbours, is an orientation.
     */
    List<Double> orientations(ScaleSpace space, Extremum e) {
        Image g = gaussianAt(space, e.octave(), e.scaleInOctave(), options.sigma());
        int w = g.width();
        int h = g.height();
        float[] img = g.data();
        double sigma = ORIENTATION_SIGMA * e.scaleInOctave();
        int radius = (int) Math.round(ORIENTATION_RADIUS * e.scaleInOctave());
        int cx = (int) Math.round(e.x());
        int cy = (int) Math.round(e.y());
        double[] raw = new double[ORIENTATION_BINS];
        for (int dy = -radius; dy <= radius; dy++) {
            int y = cy + dy;
            if (y <= 0 || y >= h - 1) {
                continue;
            }
            for (int dx = -radius; dx <= radius; dx++) {
                int x = cx + dx;
                if (x <= 0 || x >= w - 1) {
                    continue;
                }
                double gx = img[y * w + x + 1] - img[y * w + x - 1];
                double gy = img[(y + 1) * w + x] - img[(y - 1) * w + x];
                double weight = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
                int bin = (int) Math.round(ORIENTATION_BINS * angle(gx, gy) / (2 * Math.PI));
                raw[Math.floorMod(bin, ORIENTATION_BINS)] += weight * Math.hypot(gx, gy);
            }
        }
        double[] hist = new double[ORIENTATION_BINS];
        double highest = 0;
        for (int i = 0; i < ORIENTATION_BINS; i++) {
            hist[i] = (raw[wrap(i - 2)] + raw[wrap(i + 2)]) / 16 + (raw[wrap(i - 1)] + raw[wrap(i + 1)]) * 4 / 16
                    + raw[i] * 6 / 16;
            highest = Math.max(highest, hist[i]);
        }
        List<Double> angles = new ArrayList<>();
        for (int i = 0; i < ORIENTATION_BINS; i++) {
            double left = hist[wrap(i - 1)];
            double right = hist[wrap(i + 1)];
            if (hist[i] > left && hist[i] > right && hist[i] >= ORIENTATION_PEAK * highest) {
                double bin = i + 0.5 * (left - right) / (left - 2 * hist[i] + right);
                angles.add((bin + ORIENTATION_BINS) % ORIENTATION_BINS * 2 * Math.PI / ORIENTATION_BINS);
            }
        }
        return angles;
    }

    /**
     * Lowe's section 6: gradients in a window rotated to the keypoint's orientation, cells 3 x scale wide,
     * each sample voting its Gaussian-weighted (sigma = half the 4-cell width) magnitude into the 2 x 2 x 2
     * nearest (row, column, orientation) bins in proportion to closeness; then normalised, clipped at 0.2
     * so that a few large gradients (a lighting change) do not dominate, and normalised again. The layout
     * is OpenCV's: row of cells, column of cells, orientation bin (OpenCV then scales by 512 and rounds to
     * bytes).
     */
    float[] describe(ScaleSpace space, Keypoint k) {
        int o = k.octave();
        double toOctave = (options.doubleImage() ? 2.0 : 1.0) / Math.pow(2, o);
        double scale = k.sigma() * toOctave;
        Image g = gaussianAt(space, o, scale, options.sigma());
        int w = g.width();
        int h = g.height();
        float[] img = g.data();
        double step = Math.pow(2, o);
        int cx = (int) Math.round(baseCoordinate(k.x(), options.doubleImage()) / step);
        int cy = (int) Math.round(baseCoordinate(k.y(), options.doubleImage()) / step);
        int d = DESCRIPTOR_CELLS;
        int n = DESCRIPTOR_BINS;
        double cellWidth = DESCRIPTOR_CELL_WIDTH * scale;
        // Far enough to cover the rotated 4x4 grid with the half cell of trilinear spill on every side.
        int radius = (int) Math.round(cellWidth * Math.sqrt(2) * (d + 1) * 0.5);
        radius = Math.min(radius, (int) Math.hypot(w, h));
        double cos = Math.cos(k.angle()) / cellWidth;
        double sin = Math.sin(k.angle()) / cellWidth;
        double[] hist = new double[(d + 2) * (d + 2) * n];
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                // The offset in the keypoint's frame, in cell widths.
                double col = dx * cos + dy * sin;
                double row = -dx * sin + dy * cos;
                double rbin = row + d / 2.0 - 0.5;
                double cbin = col + d / 2.0 - 0.5;
                int y = cy + dy;
                int x = cx + dx;
                if (rbin <= -1 || rbin >= d || cbin <= -1 || cbin >= d || y <= 0 || y >= h - 1 || x <= 0 || x >= w - 1) {
                    continue;
                }
                double gx = img[y * w + x + 1] - img[y * w + x - 1];
                double gy = img[(y + 1) * w + x] - img[(y - 1) * w + x];
                double weight = Math.exp(-(col * col + row * row) / (2 * (0.5 * d) * (0.5 * d)));
                double magnitude = weight * Math.hypot(gx, gy);
                // Orientation bins count counter-clockwise on the screen, as OpenCV's do (it measures with y
                // up), so that 512 x this descriptor is OpenCV's to within rounding.
                double obin = (k.angle() - angle(gx, gy)) * n / (2 * Math.PI);
                obin = ((obin % n) + n) % n;
                int r0 = (int) Math.floor(rbin);
                int c0 = (int) Math.floor(cbin);
                int o0 = (int) Math.floor(obin);
                double fr = rbin - r0;
                double fc = cbin - c0;
                double fo = obin - o0;
                for (int ir = 0; ir <= 1; ir++) {
                    double vr = magnitude * (ir == 0 ? 1 - fr : fr);
                    for (int ic = 0; ic <= 1; ic++) {
                        double vc = vr * (ic == 0 ? 1 - fc : fc);
                        int cell = ((r0 + 1 + ir) * (d + 2) + (c0 + 1 + ic)) * n;
                        hist[cell + Math.floorMod(o0, n)] += vc * (1 - fo);
                        hist[cell + Math.floorMod(o0 + 1, n)] += vc * fo;
                    }
                }
            }
        }
        float[] descriptor = new float[d * d * n];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                for (int b = 0; b < n; b++) {
                    descriptor[(r * d + c) * n + b] = (float) hist[((r + 1) * (d + 2) + (c + 1)) * n + b];
                }
            }
        }
        normalise(descriptor);
        for (int i = 0; i < descriptor.length; i++) {
            descriptor[i] = Math.min(descriptor[i], DESCRIPTOR_CLIP);
        }
        normalise(descriptor);
        return descriptor;
    }

    private static void normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        if (sum == 0) {
            return;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
    }

    /** Direction of a gradient in [0, 2 pi), from the x axis towards the y axis (y down). */
    private static double angle(double gx, double gy) {
        double a = Math.atan2(gy, gx);
        return a < 0 ? a + 2 * Math.PI : a;
    }

    private static int wrap(int bin) {
        return Math.floorMod(bin, ORIENTATION_BINS);
    }
}
