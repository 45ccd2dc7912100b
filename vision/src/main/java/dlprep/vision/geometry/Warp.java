package dlprep.vision.geometry;

import dlprep.vision.filter.BorderMode;
import dlprep.vision.image.Image;

/**
 * Geometric warps by inverse mapping, as OpenCV's {@code warpAffine} and {@code warpPerspective}: the
 * transform maps source to destination, it is inverted once, and every destination pixel looks up where it
 * came from and samples the source there (forward mapping would leave holes). A position outside the
 * source reads the border: {@link BorderMode#CONSTANT} with a value (OpenCV's default, 0), or any other
 * mode's reflection of the coordinate.
 *
 * <p>To agree with OpenCV to the gray level, the source position is computed as OpenCV computes it. For
 * bilinear sampling it is rounded to 1/32 pixel ({@code INTER_BITS = 5}); for an 8-bit image the four
 * weights are then integers out of {@code 2^15} ({@code INTER_REMAP_COEF_BITS}): with fractions
 * {@code ax, ay} in 0..31 they are {@code (32 - ax)(32 - ay) * 32}, {@code ax (32 - ay) * 32}, ... (exact,
 * since {@code 2^15 / 32^2 = 32}), and the sum is rounded by {@code (s + 2^14) >> 15}. A float image uses
 * float weights of the same 1/32 fractions. For warpAffine the coordinates are first accumulated in fixed
 * point with 10 fractional bits ({@code AB_BITS}); for warpPerspective they are rounded from the double
 * {@code (X/W, Y/W)}. Nearest sampling rounds the position to the nearest pixel the same ways.
 * Exact bilinear interpolation would differ from OpenCV by up to {@code |step| / 64} gray levels at a step
 * edge, 4 levels at a 0-to-255 step, because of the 1/32-pixel rounding alone.
 */
public final class Warp {

    /** How a destination pixel samples the source at a non-integer position. */
    public enum Interpolation { NEAREST, BILINEAR }

    private static final int INTER_BITS = 5;
    private static final int INTER_TAB_SIZE = 1 << INTER_BITS;
    private static final int AB_BITS = 10;
    private static final int AB_SCALE = 1 << AB_BITS;
    private static final int COEF_BITS = 15;

    private Warp() {
    }

    /** An affine or perspective warp, whichever the transform is, with a black (constant 0) border. */
    public static Image warp(Image src, Transform2d transform, int width, int height, Interpolation interpolation) {
        return warp(src, transform, width, height, interpolation, BorderMode.CONSTANT, 0);
    }

    public static Image warp(Image src, Transform2d transform, int width, int height, Interpolation interpolation,
                             BorderMode border, float borderValue) {
        return transform.isAffine()
                ? warpAffine(src, transform, width, height, interpolation, border, borderValue)
                : warpPerspective(src, transform, width, height, interpolation, border, borderValue);
    }

    /** OpenCV's {@code warpAffine(src, M, (width, height), flags, borderMode, borderValue)}. */
    public static Image warpAffine(Image src, Transform2d transform, int width, int height,
                                   Interpolation interpolation, BorderMode border, float borderValue) {
        if (!transform.isAffine()) {
            throw new IllegalArgumentException("warpAffine: " + transform + " is a perspective transform (last row"
                    + " not 0, 0, 1); use warpPerspective");
        }
        requireSize("warpAffine", width, height);
        Transform2d inv = transform.inverse();
        boolean nearest = interpolation == Interpolation.NEAREST;
        int shift = nearest ? AB_BITS : AB_BITS - INTER_BITS;
        int roundDelta = nearest ? AB_SCALE / 2 : AB_SCALE / INTER_TAB_SIZE / 2;
        int[] adelta = new int[width];
        int[] bdelta = new int[width];
        for (int x = 0; x < width; x++) {
            adelta[x] = round(inv.get(0, 0) * x * AB_SCALE);
            bdelta[x] = round(inv.get(1, 0) * x * AB_SCALE);
        }
        int[] xs = new int[width * height];
        int[] ys = new int[width * height];
        for (int y = 0; y < height; y++) {
            int x0 = round((inv.get(0, 1) * y + inv.get(0, 2)) * AB_SCALE) + roundDelta;
            int y0 = round((inv.get(1, 1) * y + inv.get(1, 2)) * AB_SCALE) + roundDelta;
            for (int x = 0; x < width; x++) {
                xs[y * width + x] = (x0 + adelta[x]) >> shift;
                ys[y * width + x] = (y0 + bdelta[x]) >> shift;
            }
        }
        return sample(src, width, height, xs, ys, nearest, border, borderValue);
    }

    /** OpenCV's {@code warpPerspective(src, M, (width, height), flags, borderMode, borderValue)}. */
    public static Image warpPerspective(Image src, Transform2d transform, int width, int height,
                                        Interpolation interpolation, BorderMode border, float borderValue) {
        requireSize("warpPerspective", width, height);
        Transform2d inv = transform.inverse();
        boolean nearest = interpolation == Interpolation.NEAREST;
        double unit = nearest ? 1 : INTER_TAB_SIZE;
        int[] xs = new int[width * height];
        int[] ys = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double w = inv.get(2, 0) * x + inv.get(2, 1) * y + inv.get(2, 2);
                w = w != 0 ? unit / w : 0; // a point at infinity reads position 0, as in OpenCV
                xs[y * width + x] = round((inv.get(0, 0) * x + inv.get(0, 1) * y + inv.get(0, 2)) * w);
                ys[y * width + x] = round((inv.get(1, 0) * x + inv.get(1, 1) * y + inv.get(1, 2)) * w);
            }
        }
        return sample(src, width, height, xs, ys, nearest, border, borderValue);
    }

    /**
     * Samples the source at each destination pixel's position: whole pixels for nearest, 1/32 pixels for
     * bilinear (OpenCV's remap with a fixed-point map).
     */
    private static Image sample(Image src, int width, int height, int[] xs, int[] ys, boolean nearest,
                                BorderMode border, float borderValue) {
        Image out = Image.blank(width, height, src.channels(), src.depth());
        float[] in = src.data();
        float[] o = out.data();
        int sw = src.width();
        int sh = src.height();
        boolean u8 = src.depth() == Image.Depth.U8;
        for (int c = 0; c < src.channels(); c++) {
            int plane = c * sw * sh;
            int outPlane = c * width * height;
            for (int i = 0; i < width * height; i++) {
                if (nearest) {
                    o[outPlane + i] = read(in, plane, sw, sh, xs[i], ys[i], border, borderValue);
                    continue;
                }
                int sx = xs[i] >> INTER_BITS;
                int sy = ys[i] >> INTER_BITS;
                int ax = xs[i] & (INTER_TAB_SIZE - 1);
                int ay = ys[i] & (INTER_TAB_SIZE - 1);
                float v00 = read(in, plane, sw, sh, sx, sy, border, borderValue);
                float v01 = read(in, plane, sw, sh, sx + 1, sy, border, borderValue);
                float v10 = read(in, plane, sw, sh, sx, sy + 1, border, borderValue);
                float v11 = read(in, plane, sw, sh, sx + 1, sy + 1, border, borderValue);
                if (u8) {
                    int w00 = (INTER_TAB_SIZE - ax) * (INTER_TAB_SIZE - ay) * INTER_TAB_SIZE;
                    int w01 = ax * (INTER_TAB_SIZE - ay) * INTER_TAB_SIZE;
                    int w10 = (INTER_TAB_SIZE - ax) * ay * INTER_TAB_SIZE;
                    int w11 = ax * ay * INTER_TAB_SIZE;
                    long sum = w00 * (long) v00 + w01 * (long) v01 + w10 * (long) v10 + w11 * (long) v11;
                    o[outPlane + i] = Image.saturate((sum + (1 << (COEF_BITS - 1))) >> COEF_BITS);
                } else {
                    float fx = ax / (float) INTER_TAB_SIZE;
                    float fy = ay / (float) INTER_TAB_SIZE;
                    o[outPlane + i] = (1 - fy) * ((1 - fx) * v00 + fx * v01) + fy * ((1 - fx) * v10 + fx * v11);
                }
            }
        }
        return out;
    }

    private static float read(float[] in, int plane, int w, int h, int x, int y, BorderMode border, float value) {
        int ix = border.index(x, w);
        int iy = border.index(y, h);
        return ix < 0 || iy < 0 ? value : in[plane + iy * w + ix];
    }

    /** OpenCV's saturate_cast&lt;int&gt;(double): round half to even, clamped to the int range. */
    private static int round(double v) {
        double r = Math.rint(v);
        return r >= Integer.MAX_VALUE ? Integer.MAX_VALUE : r <= Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) r;
    }

    private static void requireSize(String op, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(op + ": output size " + width + "x" + height
                    + " is empty; give a positive width and height");
        }
    }
}
