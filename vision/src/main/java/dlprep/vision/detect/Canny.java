package dlprep.vision.detect;

import dlprep.vision.color.Gray;
import dlprep.vision.filter.BorderMode;
import dlprep.vision.filter.GaussianBlur;
import dlprep.vision.filter.Sobel;
import dlprep.vision.image.Image;
import java.util.ArrayDeque;

/**
 * Canny's edge detector: Gaussian smoothing, Sobel gradients, non-maximum suppression along the gradient
 * direction, and hysteresis with two thresholds. Steps 2 to 4 follow OpenCV's Canny: Sobel with
 * {@code apertureSize} and the replicate border; the direction quantised to 0, 45, 90 or 135 degrees with
 * {@code tan 22.5}; a pixel kept when it beats one neighbour strictly and the other at least (so a plateau
 * two pixels wide keeps one); candidates above {@code low}, seeds above {@code high}, and every candidate
 * 8-connected to a seed becomes an edge. OpenCV's Canny does not blur (step 1 is left to the caller), so
 * {@code sigma = 0} here skips it; with {@code l2Gradient = false} the magnitude is {@code |gx| + |gy|} as
 * OpenCV's default, with true {@code sqrt(gx^2 + gy^2)} as its L2gradient flag. Thresholds are on the
 * scale of that unnormalised Sobel magnitude, the same numbers OpenCV takes.
 */
public final class Canny {

    private static final double TAN_22_5 = Math.tan(Math.toRadians(22.5));
    private static final double TAN_67_5 = Math.tan(Math.toRadians(67.5));

    private Canny() {
    }

    /** An 8-bit edge map: 255 on edges, 0 elsewhere. RGB input is converted to gray first. */
    public static Image detect(Image src, double low, double high, double sigma, int apertureSize, boolean l2Gradient) {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("canny: thresholds low " + low + ", high " + high
                    + " must satisfy 0 <= low <= high");
        }
        if (apertureSize != 3 && apertureSize != 5 && apertureSize != 7) {
            throw new IllegalArgumentException("canny: apertureSize " + apertureSize + " must be 3, 5 or 7 (as OpenCV)");
        }
        Image gray = Gray.of(src);
        Image smooth = sigma > 0 ? GaussianBlur.apply(gray, 0, sigma) : gray;
        float[] gx = Sobel.apply(smooth, 1, 0, apertureSize, BorderMode.REPLICATE).data();
        float[] gy = Sobel.apply(smooth, 0, 1, apertureSize, BorderMode.REPLICATE).data();
        int w = src.width();
        int h = src.height();
        float[] mag = new float[w * h];
        for (int i = 0; i < mag.length; i++) {
            mag[i] = l2Gradient ? (float) Math.sqrt(gx[i] * gx[i] + gy[i] * gy[i]) : Math.abs(gx[i]) + Math.abs(gy[i]);
        }
        byte[] state = suppressNonMaxima(mag, gx, gy, w, h, low, high);
        return hysteresis(state, w, h);
    }

    /** States of a pixel after non-maximum suppression (0: not an edge candidate). */
    static final byte WEAK = 1;
    static final byte STRONG = 2;

    /** Each pixel that is a local maximum across its edge: WEAK above low, STRONG above high. */
    static byte[] suppressNonMaxima(float[] mag, float[] gx, float[] gy, int w, int h, double low, double high) {
        byte[] state = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float m = mag[i];
                if (m <= low) {
                    continue;
                }
                double ax = Math.abs(gx[i]);
                double ay = Math.abs(gy[i]);
                boolean max;
                if (ay < ax * TAN_22_5) {
                    // gradient along x: the edge runs vertically, compare left and right
                    max = m > at(mag, w, h, x - 1, y) && m >= at(mag, w, h, x + 1, y);
                } else if (ay > ax * TAN_67_5) {
                    max = m > at(mag, w, h, x, y - 1) && m >= at(mag, w, h, x, y + 1);
                } else {
                    // diagonal: up-left/down-right when gx and gy have the same sign, else up-right/down-left
                    int s = (gx[i] < 0) != (gy[i] < 0) ? -1 : 1;
                    max = m > at(mag, w, h, x - s, y - 1) && m > at(mag, w, h, x + s, y + 1);
                }
                if (max) {
                    state[i] = m > high ? STRONG : WEAK;
                }
            }
        }
        return state;
    }

    /** The magnitude outside the image is 0, as in OpenCV's padded buffer. */
    private static float at(float[] mag, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 0 : mag[y * w + x];
    }

    /** Edges: the STRONG pixels and every WEAK pixel reached from one through 8-connected WEAK pixels. */
    static Image hysteresis(byte[] state, int w, int h) {
        Image edges = Image.blank(w, h, 1, Image.Depth.U8);
        float[] out = edges.data();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < state.length; i++) {
            if (state[i] == STRONG) {
                out[i] = 255;
                stack.push(i);
            }
        }
        while (!stack.isEmpty()) {
            int i = stack.pop();
            int x = i % w;
            int y = i / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                        int n = ny * w + nx;
                        if (state[n] == WEAK && out[n] == 0) {
                            out[n] = 255;
                            stack.push(n);
                        }
                    }
                }
            }
        }
        return edges;
    }
}
