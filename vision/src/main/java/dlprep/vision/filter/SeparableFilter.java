package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * Correlation with a separable kernel {@code ky * kx^T} as two 1-D passes (OpenCV's sepFilter2D): a row
 * pass with {@code kx}, then a column pass with {@code ky}, so a {@code k x k} kernel costs {@code 2k}
 * multiply-adds per pixel instead of {@code k^2}. The plane is padded once for both passes, so the result
 * equals {@link Correlation} with {@link Kernel#outer} for every border mode, the constant one included.
 */
public final class SeparableFilter {

    private SeparableFilter() {
    }

    /** The filtered image in float; each 1-D kernel is anchored at its centre. */
    public static Image apply(Image src, float[] kx, float[] ky, BorderMode border) {
        return apply(src, kx, ky, border, 0);
    }

    public static Image apply(Image src, float[] kx, float[] ky, BorderMode border, float borderValue) {
        int w = src.width();
        int h = src.height();
        int left = kx.length / 2;
        int top = ky.length / 2;
        int pw = w + kx.length - 1;
        int ph = h + ky.length - 1;
        Image out = Image.blank(w, h, src.channels(), Image.Depth.F32);
        float[] dst = out.data();
        float[] rows = new float[w * ph];
        for (int c = 0; c < src.channels(); c++) {
            float[] p = border.pad(src.data(), c * w * h, w, h, top, ky.length - 1 - top, left, kx.length - 1 - left,
                    borderValue);
            for (int y = 0; y < ph; y++) {
                for (int x = 0; x < w; x++) {
                    float sum = 0;
                    int at = y * pw + x;
                    for (int i = 0; i < kx.length; i++) {
                        sum += kx[i] * p[at + i];
                    }
                    rows[y * w + x] = sum;
                }
            }
            int base = c * w * h;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float sum = 0;
                    for (int j = 0; j < ky.length; j++) {
                        sum += ky[j] * rows[(y + j) * w + x];
                    }
                    dst[base + y * w + x] = sum;
                }
            }
        }
        return out;
    }
}
