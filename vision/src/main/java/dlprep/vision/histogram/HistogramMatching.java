package dlprep.vision.histogram;

import dlprep.vision.image.Image;

/**
 * Histogram matching (specification), as the original answer describes it: compare the source's CDF
 * {@code F} with the reference's CDF {@code G} (each the map that would equalise its image) and send each
 * source level {@code r} to the reference level {@code z} nearest in cumulative share,
 * {@code z = argmin_z |F(r) - G(z)|} (the argmin of each row of the 256x256 difference matrix; the first
 * on ties). Both CDFs rise, so the map does too. RGB images are matched channel by channel.
 */
public final class HistogramMatching {

    private HistogramMatching() {
    }

    public static Image apply(Image source, Image reference) {
        if (source.channels() != reference.channels()) {
            throw new IllegalArgumentException("histogram matching: source " + source + " and reference " + reference
                    + " have different channel counts; convert one to gray or RGB");
        }
        Image out = source.copy();
        for (int c = 0; c < source.channels(); c++) {
            Histogram.map(out, c, table(Histogram.counts(source, c), Histogram.counts(reference, c)));
        }
        return out;
    }

    /** The 256-entry map from source levels to reference levels. */
    public static float[] table(int[] sourceCounts, int[] referenceCounts) {
        double[] f = Histogram.cdf(sourceCounts);
        double[] g = Histogram.cdf(referenceCounts);
        float[] lut = new float[256];
        for (int r = 0; r < 256; r++) {
            int best = 0;
            for (int z = 1; z < 256; z++) {
                if (Math.abs(f[r] - g[z]) < Math.abs(f[r] - g[best])) {
                    best = z;
                }
            }
            lut[r] = best;
        }
        return lut;
    }
}
