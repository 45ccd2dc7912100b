package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * General 2-D correlation of every channel with a {@link Kernel} (OpenCV's filter2D with a float
 * result): {@code out(x, y) = sum_ij k(i, j) * in(x + i - ax, y + j - ay)}, pixels outside read through a
 * {@link BorderMode}. {@link #reference} is the plain definition, one border lookup per tap;
 * {@link #apply} pads each plane once and runs the taps without lookups. Tests compare the two.
 */
public final class Correlation {

    private Correlation() {
    }

    /** The correlation as a float image (signed results stay signed); constant borders read 0. */
    public static Image apply(Image src, Kernel k, BorderMode border) {
        return apply(src, k, border, 0);
    }

    public static Image apply(Image src, Kernel k, BorderMode border, float borderValue) {
        int w = src.width();
        int h = src.height();
        int kw = k.width();
        int kh = k.height();
        int left = k.anchorX();
        int top = k.anchorY();
        int pw = w + kw - 1;
        Image out = Image.blank(w, h, src.channels(), Image.Depth.F32);
        float[] dst = out.data();
        for (int c = 0; c < src.channels(); c++) {
            float[] p = border.pad(src.data(), c * w * h, w, h, top, kh - 1 - top, left, kw - 1 - left, borderValue);
            int base = c * w * h;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float sum = 0;
                    for (int j = 0; j < kh; j++) {
                        int row = (y + j) * pw + x;
                        for (int i = 0; i < kw; i++) {
                            sum += k.at(i, j) * p[row + i];
                        }
                    }
                    dst[base + y * w + x] = sum;
                }
            }
        }
        return out;
    }

    /** The definition itself: every tap finds its pixel through {@link BorderMode#index}. */
    public static Image reference(Image src, Kernel k, BorderMode border, float borderValue) {
        Image out = Image.blank(src.width(), src.height(), src.channels(), Image.Depth.F32);
        for (int c = 0; c < src.channels(); c++) {
            for (int y = 0; y < src.height(); y++) {
                for (int x = 0; x < src.width(); x++) {
                    float sum = 0;
                    for (int j = 0; j < k.height(); j++) {
                        int sy = border.index(y + j - k.anchorY(), src.height());
                        for (int i = 0; i < k.width(); i++) {
                            int sx = border.index(x + i - k.anchorX(), src.width());
                            float v = sx < 0 || sy < 0 ? borderValue : src.get(c, sx, sy);
                            sum += k.at(i, j) * v;
                        }
                    }
                    out.set(c, x, y, sum);
                }
            }
        }
        return out;
    }
}
