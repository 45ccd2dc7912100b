package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * Sobel derivatives (OpenCV's Sobel and getDerivKernels): the separable kernel "differentiate along one
 * axis, smooth along the other". The 1-D kernel of derivative {@code order} with {@code ksize} taps is
 * {@code (1 + z)^(ksize - 1 - order) (z - 1)^order}, binomial smoothing times differences: order 0 of
 * size 3 is {@code [1 2 1]}, order 1 is {@code [-1 0 1]}, order 2 is {@code [1 -2 1]}. With
 * {@code ksize = 1} the smoothing is dropped ({@code [1]}) and the derivative keeps 3 taps, as in OpenCV.
 * The result is a float image, signed, on the gray-level scale (not divided by the kernel's weight).
 */
public final class Sobel {

    private Sobel() {
    }

    /** The 1-D kernel of derivative {@code order} with {@code ksize} taps (1 widens to 3 when order > 0). */
    public static float[] kernel(int order, int ksize) {
        if (ksize < 1 || ksize % 2 == 0 || ksize > 31) {
            throw new IllegalArgumentException("sobel: ksize " + ksize + " must be 1, 3, 5, ... 31");
        }
        int n = ksize == 1 && order > 0 ? 3 : ksize;
        if (order < 0 || order >= n) {
            throw new IllegalArgumentException("sobel: derivative order " + order + " needs a kernel larger than "
                    + ksize + " (order must be less than ksize)");
        }
        float[] k = {1};
        for (int i = 0; i < n - 1 - order; i++) {
            k = convolve(k, 1, 1);
        }
        for (int i = 0; i < order; i++) {
            k = convolve(k, -1, 1);
        }
        return k;
    }

    /** {@code k} convolved with the 2-tap kernel {@code [a b]}. */
    private static float[] convolve(float[] k, float a, float b) {
        float[] out = new float[k.length + 1];
        for (int i = 0; i < k.length; i++) {
            out[i] += a * k[i];
            out[i + 1] += b * k[i];
        }
        return out;
    }

    /** The {@code dx}-th derivative along x and {@code dy}-th along y, with OpenCV's default border. */
    public static Image apply(Image src, int dx, int dy, int ksize) {
        return apply(src, dx, dy, ksize, BorderMode.DEFAULT);
    }

    public static Image apply(Image src, int dx, int dy, int ksize, BorderMode border) {
        if (dx < 0 || dy < 0 || dx + dy == 0) {
            throw new IllegalArgumentException("sobel: orders dx=" + dx + ", dy=" + dy
                    + " must be non-negative and not both 0");
        }
        return SeparableFilter.apply(src, kernel(dx, ksize), kernel(dy, ksize), border);
    }
}
