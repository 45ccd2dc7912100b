package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * Gaussian smoothing as OpenCV's GaussianBlur: the separable kernel {@link GaussianKernel} along x and y.
 * A size of 0 is derived from sigma, a sigma of 0 from the size; {@code sigmaY = 0} means sigmaX. The result
 * has the depth of the input. 8-bit images are blurred as OpenCV does it, in fixed point: the kernel in whole
 * 1/256ths ({@link GaussianKernel#fixedPoint}) and the result rounded half up. Every partial sum is then a
 * multiple of 1/65536 below 256, which a float holds exactly, so the bytes are OpenCV's; float images get
 * the exact kernel.
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
        if (src.depth() == Image.Depth.U8) {
            return SeparableFilter.apply(src, GaussianKernel.fixedPoint(kw, sx), GaussianKernel.fixedPoint(kh, sy), border)
                    .toU8HalfUp();
        }
        return SeparableFilter.apply(src, GaussianKernel.of(kw, sx), GaussianKernel.of(kh, sy), border);
    }
}
