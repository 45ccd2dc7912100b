package dlprep.vision.filter;

import dlprep.vision.image.Image;
import java.util.Arrays;

/**
 * The box filter (OpenCV's boxFilter and blur): the sum of a {@code kwidth x kheight} window, divided by
 * its area when normalised (the mean filter, result in the input's depth), left as a float sum when not
 * (the window sums Harris needs).
 */
public final class BoxFilter {

    private BoxFilter() {
    }

    /** The mean of each {@code ksize x ksize} window (OpenCV's blur), with the default border. */
    public static Image blur(Image src, int ksize) {
        return apply(src, ksize, ksize, true, BorderMode.DEFAULT);
    }

    public static Image apply(Image src, int kwidth, int kheight, boolean normalize, BorderMode border) {
        if (kwidth < 1 || kheight < 1) {
            throw new IllegalArgumentException("box filter: size " + kwidth + "x" + kheight + " must be at least 1x1");
        }
        float[] kx = new float[kwidth];
        float[] ky = new float[kheight];
        Arrays.fill(kx, normalize ? 1f / kwidth : 1f);
        Arrays.fill(ky, normalize ? 1f / kheight : 1f);
        Image sum = SeparableFilter.apply(src, kx, ky, border);
        return normalize ? sum.toDepth(src.depth()) : sum;
    }
}
