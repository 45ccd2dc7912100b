package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * The Laplacian {@code d2/dx2 + d2/dy2} as OpenCV's Laplacian computes it: {@code ksize = 1} is the
 * 4-neighbour kernel {@code [0 1 0; 1 -4 1; 0 1 0]}, {@code ksize = 3} the sum of the two 3x3 Sobel second
 * derivatives {@code [2 0 2; 0 -8 0; 2 0 2]}, and larger sizes the sum of the Sobel second derivatives of
 * that size. Float result.
 */
public final class Laplacian {

    private static final Kernel FOUR_NEIGHBOUR = Kernel.of(new float[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
    private static final Kernel SOBEL_3 = Kernel.of(new float[][] {{2, 0, 2}, {0, -8, 0}, {2, 0, 2}});

    private Laplacian() {
    }

    public static Image apply(Image src, int ksize) {
        return apply(src, ksize, BorderMode.DEFAULT);
    }

    public static Image apply(Image src, int ksize, BorderMode border) {
        if (ksize == 1) {
            return Correlation.apply(src, FOUR_NEIGHBOUR, border);
        }
        if (ksize == 3) {
            return Correlation.apply(src, SOBEL_3, border);
        }
        if (ksize < 1 || ksize % 2 == 0) {
            throw new IllegalArgumentException("laplacian: ksize " + ksize + " must be 1, 3, 5, ...");
        }
        Image dxx = Sobel.apply(src, 2, 0, ksize, border);
        float[] dyy = Sobel.apply(src, 0, 2, ksize, border).data();
        float[] sum = dxx.data();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += dyy[i];
        }
        return dxx;
    }
}
