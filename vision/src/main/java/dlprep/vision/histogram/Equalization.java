package dlprep.vision.histogram;

import dlprep.vision.color.Hsv;
import dlprep.vision.image.Image;
import java.util.Arrays;

/**
 * Histogram equalisation with OpenCV's equalizeHist formula: with {@code i0} the darkest level present,
 * {@code lut(k) = round(255 (cdf(k) - cdf(i0)) / (N - count(i0)))} in pixel counts, so the darkest level
 * maps to 0 and the brightest to 255 (the note's {@code (CDF - CDF_min) / (1 - CDF_min)}). A gray image is
 * equalised directly; an RGB image has its HSV value channel equalised, so the hues stay (equalising R, G
 * and B separately would shift them).
 */
public final class Equalization {

    private Equalization() {
    }

    public static Image apply(Image image) {
        if (image.channels() == 3) {
            Image hsv = Hsv.fromRgb(image);
            Histogram.map(hsv, 2, table(Histogram.counts(hsv, 2)));
            return Hsv.toRgb(hsv);
        }
        Image out = image.copy();
        Histogram.map(out, 0, table(Histogram.counts(image, 0)));
        return out;
    }

    /** OpenCV's look-up table, computed in float as it does; a one-level image maps to that level. */
    public static float[] table(int[] counts) {
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        int i = 0;
        while (counts[i] == 0) {
            i++;
        }
        float[] lut = new float[256];
        if (counts[i] == total) {
            Arrays.fill(lut, i);
            return lut;
        }
        float scale = 255f / (total - counts[i]);
        int sum = 0;
        for (int k = i + 1; k < 256; k++) {
            sum += counts[k];
            lut[k] = Image.saturate(sum * scale);
        }
        return lut;
    }
}
