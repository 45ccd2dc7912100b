package dlprep.vision.histogram;

import dlprep.vision.image.Image;

/** The 256-bin histogram of an 8-bit channel and its cumulative distribution. */
public final class Histogram {

    private Histogram() {
    }

    /** How many pixels of channel {@code c} have each gray level 0..255. */
    public static int[] counts(Image image, int c) {
        if (image.depth() != Image.Depth.U8) {
            throw new IllegalArgumentException("histogram: needs an 8-bit image, got " + image);
        }
        int[] counts = new int[256];
        int n = image.width() * image.height();
        float[] data = image.data();
        for (int i = c * n; i < (c + 1) * n; i++) {
            counts[(int) data[i]]++;
        }
        return counts;
    }

    /** The cumulative distribution {@code CDF(k) = sum_{j <= k} counts(j) / total}. */
    public static double[] cdf(int[] counts) {
        double total = 0;
        for (int n : counts) {
            total += n;
        }
        double[] cdf = new double[counts.length];
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            sum += counts[k];
            cdf[k] = sum / total;
        }
        return cdf;
    }

    /** Every sample of channel {@code c} replaced by {@code table[sample]} (a look-up table, OpenCV's LUT). */
    static void map(Image image, int c, float[] table) {
        int n = image.width() * image.height();
        float[] data = image.data();
        for (int i = c * n; i < (c + 1) * n; i++) {
            data[i] = table[(int) data[i]];
        }
    }
}
