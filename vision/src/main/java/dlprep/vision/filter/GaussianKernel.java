package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * The 1-D Gaussian kernel as OpenCV's getGaussianKernel builds it, and the kernel size GaussianBlur picks
 * when it is given only sigma. With {@code sigma <= 0} and an odd size up to 7, OpenCV uses fixed binomial
 * kernels (rows of Pascal's triangle over their sum); otherwise it samples
 * {@code exp(-x^2 / (2 sigma^2))} at {@code x = i - (ksize - 1) / 2} and normalises the sum to 1, taking
 * {@code sigma = 0.3 ((ksize - 1) / 2 - 1) + 0.8} when none is given.
 */
public final class GaussianKernel {

    private GaussianKernel() {
    }

    /** OpenCV's fixed small kernels, indexed by {@code ksize / 2}. */
    private static final float[][] SMALL = {
        {1f},
        {0.25f, 0.5f, 0.25f},
        {0.0625f, 0.25f, 0.375f, 0.25f, 0.0625f},
        {0.03125f, 0.109375f, 0.21875f, 0.28125f, 0.21875f, 0.109375f, 0.03125f},
    };

    /** The {@code ksize} weights, summing to 1; {@code sigma <= 0} derives sigma from the size. */
    public static float[] of(int ksize, double sigma) {
        double[] w = weights(ksize, sigma);
        float[] k = new float[ksize];
        for (int i = 0; i < ksize; i++) {
            k[i] = (float) w[i];
        }
        return k;
    }

    /**
     * The kernel OpenCV's GaussianBlur uses on 8-bit images: the weights in whole 1/256ths, rounded from the
     * ends inwards with each rounding error carried to the next weight (error diffusion), the two halves
     * mirrored, and the centre taking what is left so the sum is exactly 256/256.
     */
    public static float[] fixedPoint(int ksize, double sigma) {
        double[] w = weights(ksize, sigma);
        float[] k = new float[ksize];
        double carry = 0;
        long sum = 0;
        for (int i = 0; i < ksize / 2; i++) {
            double wanted = w[i] * 256 + carry;
            long v = (long) Math.rint(wanted);
            carry = wanted - v;
            k[i] = k[ksize - 1 - i] = v / 256f;
            sum += 2 * v;
        }
        k[ksize / 2] = (256 - sum) / 256f;
        return k;
    }

    private static double[] weights(int ksize, double sigma) {
        if (ksize < 1 || ksize % 2 == 0) {
            throw new IllegalArgumentException("gaussian kernel: ksize " + ksize + " must be odd and positive (1, 3, 5, ...)");
        }
        double[] w = new double[ksize];
        if (sigma <= 0 && ksize <= 7) {
            for (int i = 0; i < ksize; i++) {
                w[i] = SMALL[ksize / 2][i];
            }
            return w;
        }
        double s = sigma > 0 ? sigma : sigmaFor(ksize);
        double sum = 0;
        for (int i = 0; i < ksize; i++) {
            double x = i - (ksize - 1) * 0.5;
            w[i] = Math.exp(-x * x / (2 * s * s));
            sum += w[i];
        }
        for (int i = 0; i < ksize; i++) {
            w[i] /= sum;
        }
        return w;
    }

    /** The sigma OpenCV assumes for a kernel of {@code ksize} taps when none is given. */
    public static double sigmaFor(int ksize) {
        return 0.3 * ((ksize - 1) * 0.5 - 1) + 0.8;
    }

    /**
     * The kernel size GaussianBlur derives from sigma: {@code round(2 * 3 sigma + 1) | 1} for 8-bit images
     * (three sigmas each side) and {@code round(2 * 4 sigma + 1) | 1} for float ones.
     */
    public static int sizeFor(double sigma, Image.Depth depth) {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("gaussian kernel: sigma " + sigma + " must be positive to derive a size");
        }
        int radiusInSigmas = depth == Image.Depth.U8 ? 3 : 4;
        return ((int) Math.rint(sigma * radiusInSigmas * 2 + 1)) | 1;
    }
}
