package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * Gaussian smoothing as OpenCV's GaussianBlur: the separable kernel {@link GaussianKernel} along x and y.
 * A size of 0 is derived from sigma, a sigma of 0 from the size; {@code sigmaY = 0} means sigmaX. The result
 * has the depth of the input.
 */
public final class GaussianBlur {

    private GaussianBlur() {
    }

    /** A square kernel with one sigma and OpenCV's default border (reflect-101). */
    public static Image apply(Image src, int ksize, double sigma) {
        return apply(src, ksize, ksize, sigma, sigma, BorderMode.DEFAULT);
    }

    public static Image apply(Image src, int ksize, double sigma, BorderMode border) {
        return apply(src, ksize, ksize, sigma, sigma, border);
    }

    public static Image apply(Image src, int kwidth, int kheight, double sigmaX, double sigmaY, BorderMode border) {
        if (kwidth <= 0 && kheight <= 0 && sigmaX <= 0) {
            throw new IllegalArgumentException("gaussian: give a kernel size or a positive sigma (got ksize "
                    + kwidth + "x" + kheight + ", sigma " + sigmaX + ")");
        }
        double sx = Math.max(sigmaX, 0);
        double sy = sigmaY > 0 ? sigmaY : sx;
        int kw = kwidth > 0 ? kwidth : GaussianKernel.sizeFor(sx, src.depth());
        int kh = kheight > 0 ? kheight : sy > 0 ? GaussianKernel.sizeFor(sy, src.depth()) : kw;
        float[] kx = GaussianKernel.of(kw, sx);
        float[] ky = GaussianKernel.of(kh, sy);
        return SeparableFilter.apply(src, kx, ky, border).toDepth(src.depth());
    }
}
