package dlprep.vision.color;

import dlprep.vision.image.Image;

/**
 * Brightness, contrast, saturation and gamma on 8-bit images (the note's 10.7). Brightness adds a constant,
 * contrast stretches about the mean gray level (so it does not move the brightness too), saturation
 * scales S in HSV, gamma maps through {@code 255 (v / 255)^gamma}; every result is rounded and saturated
 * to 0..255 like OpenCV's saturate_cast, which is where the three stop being independent.
 */
public final class ColorAdjust {

    private ColorAdjust() {
    }

    /** {@code v + beta} on every channel. */
    public static Image brightness(Image image, double beta) {
        return linear(image, 1, beta);
    }

    /**
     * {@code mu + alpha (v - mu)} with {@code mu} the mean gray level: {@code alpha > 1} spreads the levels
     * apart, {@code alpha < 1} pulls them toward the mean, 0 gives a flat image.
     */
    public static Image contrast(Image image, double alpha) {
        double mean = 0;
        float[] gray = Gray.of(image).data();
        for (float v : gray) {
            mean += v;
        }
        mean /= gray.length;
        return linear(image, alpha, (1 - alpha) * mean);
    }

    /** {@code alpha v + beta}, saturated (OpenCV's convertTo). */
    public static Image linear(Image image, double alpha, double beta) {
        Image out = Image.blank(image.width(), image.height(), image.channels(), Image.Depth.F32);
        float[] in = image.data();
        for (int i = 0; i < in.length; i++) {
            out.data()[i] = (float) (alpha * in[i] + beta);
        }
        return out.toDepth(image.depth());
    }

    /** The HSV saturation times {@code factor} (0 gives gray, above 1 more vivid); gray images are returned unchanged. */
    public static Image saturation(Image rgb, double factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("saturation: factor " + factor + " must be 0 or more");
        }
        if (rgb.channels() == 1) {
            return rgb;
        }
        Image hsv = Hsv.fromRgb(rgb);
        int n = rgb.width() * rgb.height();
        for (int i = n; i < 2 * n; i++) {
            hsv.data()[i] = Image.saturate((float) (hsv.data()[i] * factor));
        }
        return Hsv.toRgb(hsv);
    }

    /** {@code 255 (v / 255)^gamma} through a 256-entry table: {@code gamma < 1} brightens the dark levels. */
    public static Image gamma(Image image, double gamma) {
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("gamma: " + gamma + " must be positive");
        }
        if (image.depth() != Image.Depth.U8) {
            throw new IllegalArgumentException("gamma: needs an 8-bit image, got " + image);
        }
        float[] table = new float[256];
        for (int v = 0; v < 256; v++) {
            table[v] = Image.saturate((float) (255 * Math.pow(v / 255.0, gamma)));
        }
        Image out = image.blankLike();
        for (int i = 0; i < out.data().length; i++) {
            out.data()[i] = table[(int) image.data()[i]];
        }
        return out;
    }
}
