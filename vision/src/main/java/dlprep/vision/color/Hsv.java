package dlprep.vision.color;

import dlprep.vision.image.Image;

/**
 * RGB to HSV and back in OpenCV's 8-bit convention (cvtColor RGB2HSV / HSV2RGB): hue {@code H} in
 * {@code 0..179}, half the angle in degrees so it fits a byte; saturation {@code S = 255 (max - min) / max}
 * and value {@code V = max} in {@code 0..255}. RGB to HSV follows OpenCV's integer arithmetic (division
 * tables with 12 fractional bits), so the bytes agree exactly. HSV to RGB is computed in float as OpenCV
 * does and rounded to the nearest byte; OpenCV 4.6's vectorised loop truncates there instead (only its
 * scalar tail rounds), so its bytes are up to 1 lower and its RGB -> HSV -> RGB round trip is biased
 * dark by about a third of a gray level on average, where rounding is not. Channels 0, 1, 2 of an HSV
 * image are H, S, V.
 */
public final class Hsv {

    private static final int SHIFT = 12;
    private static final int HUE_RANGE = 180;

    private Hsv() {
    }

    public static Image fromRgb(Image rgb) {
        checkRgb8(rgb, "rgb to hsv");
        int n = rgb.width() * rgb.height();
        float[] in = rgb.data();
        Image out = Image.blank(rgb.width(), rgb.height(), 3, Image.Depth.U8);
        float[] hsv = out.data();
        for (int i = 0; i < n; i++) {
            int r = (int) in[i];
            int g = (int) in[n + i];
            int b = (int) in[2 * n + i];
            int v = Math.max(r, Math.max(g, b));
            int diff = v - Math.min(r, Math.min(g, b));
            // S = 255 diff / v and H = 30 (hue sector offset + position) / diff, each as OpenCV's rounded
            // reciprocal table times the numerator, rounded off the 12 fractional bits.
            int sdiv = v == 0 ? 0 : (int) Math.rint((255 << SHIFT) / (double) v);
            int hdiv = diff == 0 ? 0 : (int) Math.rint((HUE_RANGE << SHIFT) / (6.0 * diff));
            int s = (diff * sdiv + (1 << (SHIFT - 1))) >> SHIFT;
            int h = v == r ? g - b : v == g ? b - r + 2 * diff : r - g + 4 * diff;
            h = (h * hdiv + (1 << (SHIFT - 1))) >> SHIFT;
            if (h < 0) {
                h += HUE_RANGE;
            }
            hsv[i] = h;
            hsv[n + i] = s;
            hsv[2 * n + i] = v;
        }
        return out;
    }

    public static Image toRgb(Image hsv) {
        checkRgb8(hsv, "hsv to rgb");
        int n = hsv.width() * hsv.height();
        float[] in = hsv.data();
        Image out = Image.blank(hsv.width(), hsv.height(), 3, Image.Depth.U8);
        float[] rgb = out.data();
        for (int i = 0; i < n; i++) {
            float h = in[i] * (6f / HUE_RANGE);
            float s = in[n + i] * (1f / 255);
            float v = in[2 * n + i] * (1f / 255);
            float r;
            float g;
            float b;
            if (s == 0) {
                r = g = b = v;
            } else {
                h = h % 6f;
                int sector = (int) Math.floor(h);
                float f = h - sector;
                float p = v * (1 - s);          // the smallest channel
                float q = v * (1 - s * f);      // falling across the sector
                float t = v * (1 - s * (1 - f)); // rising across the sector
                switch (sector) {
                    case 0: r = v; g = t; b = p; break;
                    case 1: r = q; g = v; b = p; break;
                    case 2: r = p; g = v; b = t; break;
                    case 3: r = p; g = q; b = v; break;
                    case 4: r = t; g = p; b = v; break;
                    default: r = v; g = p; b = q; break;
                }
            }
            rgb[i] = Image.saturate(r * 255);
            rgb[n + i] = Image.saturate(g * 255);
            rgb[2 * n + i] = Image.saturate(b * 255);
        }
        return out;
    }

    private static void checkRgb8(Image image, String op) {
        if (image.channels() != 3 || image.depth() != Image.Depth.U8) {
            throw new IllegalArgumentException(op + ": needs an 8-bit 3-channel image, got " + image);
        }
    }
}
