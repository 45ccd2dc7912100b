package dlprep.vision.color;

import dlprep.vision.image.Image;

/**
 * RGB to gray with the ITU-R BT.601 luma weights {@code 0.299 R + 0.587 G + 0.114 B}, as OpenCV's
 * cvtColor(RGB2GRAY): for 8-bit images in its fixed point (OpenCV 4's weights times 2^15: 9798, 19235,
 * 3735, the sum rounded and shifted back), so the gray levels agree exactly.
 */
public final class Gray {

    private Gray() {
    }

    /** The gray version of {@code image}; a gray image is returned as it is. */
    public static Image of(Image image) {
        if (image.channels() == 1) {
            return image;
        }
        int n = image.width() * image.height();
        float[] rgb = image.data();
        Image out = Image.blank(image.width(), image.height(), 1, image.depth());
        float[] g = out.data();
        for (int i = 0; i < n; i++) {
            float r = rgb[i];
            float gr = rgb[n + i];
            float b = rgb[2 * n + i];
            if (image.depth() == Image.Depth.U8) {
                g[i] = ((int) r * 9798 + (int) gr * 19235 + (int) b * 3735 + (1 << 14)) >> 15;
            } else {
                g[i] = 0.299f * r + 0.587f * gr + 0.114f * b;
            }
        }
        return out;
    }

    /** A gray image as RGB with three equal channels (to draw in colour on it). */
    public static Image toRgb(Image gray) {
        if (gray.channels() == 3) {
            return gray.copy();
        }
        int n = gray.width() * gray.height();
        Image out = Image.blank(gray.width(), gray.height(), 3, gray.depth());
        for (int c = 0; c < 3; c++) {
            System.arraycopy(gray.data(), 0, out.data(), c * n, n);
        }
        return out;
    }
}
