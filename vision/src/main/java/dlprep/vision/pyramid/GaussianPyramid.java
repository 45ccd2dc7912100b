package dlprep.vision.pyramid;

import dlprep.vision.filter.BorderMode;
import dlprep.vision.filter.SeparableFilter;
import dlprep.vision.image.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * The Gaussian pyramid with OpenCV's pyrDown and pyrUp: both use the 5x5 kernel
 * {@code [1 4 6 4 1]^T [1 4 6 4 1] / 256} and the reflect-101 border. {@link #down} blurs and keeps the
 * even rows and columns; {@link #up} puts each pixel on the even positions of a twice larger grid of zeros
 * and blurs with 4 times the kernel (three quarters of the grid is zero). Results keep the input's depth:
 * an 8-bit level is rounded half up as OpenCV's integer arithmetic does ({@code (sum + 128) >> 8}; the
 * float sums are exact multiples of 1/256, so the bytes agree), a float one is not rounded (the Laplacian
 * pyramid needs that).
 */
public final class GaussianPyramid {

    private static final float[] DOWN = {1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f};
    /** Twice the 1-D kernel along each axis: 4 times the 2-D one. */
    private static final float[] UP = {1 / 8f, 4 / 8f, 6 / 8f, 4 / 8f, 1 / 8f};

    private GaussianPyramid() {
    }

    /** Half the size, {@code ((w + 1) / 2) x ((h + 1) / 2)} (OpenCV's pyrDown). */
    public static Image down(Image src) {
        Image blurred = SeparableFilter.apply(src, DOWN, DOWN, BorderMode.REFLECT_101);
        int w = (src.width() + 1) / 2;
        int h = (src.height() + 1) / 2;
        Image out = Image.blank(w, h, src.channels(), Image.Depth.F32);
        for (int c = 0; c < src.channels(); c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.set(c, x, y, blurred.get(c, 2 * x, 2 * y));
                }
            }
        }
        return src.depth() == Image.Depth.U8 ? out.toU8HalfUp() : out;
    }

    /** Twice the size (OpenCV's pyrUp). */
    public static Image up(Image src) {
        return up(src, 2 * src.width(), 2 * src.height());
    }

    /**
     * Up to {@code width x height}, which must be twice the size or one less (the size of the level below
     * when that had an odd side).
     */
    public static Image up(Image src, int width, int height) {
        if ((width != 2 * src.width() && width != 2 * src.width() - 1)
                || (height != 2 * src.height() && height != 2 * src.height() - 1)) {
            throw new IllegalArgumentException("pyrUp: " + src + " cannot grow to " + width + "x" + height
                    + "; each side must become twice as long or one less");
        }
        Image zeros = Image.blank(width, height, src.channels(), Image.Depth.F32);
        for (int c = 0; c < src.channels(); c++) {
            for (int y = 0; y < src.height() && 2 * y < height; y++) {
                for (int x = 0; x < src.width() && 2 * x < width; x++) {
                    zeros.set(c, 2 * x, 2 * y, src.get(c, x, y));
                }
            }
        }
        Image out = SeparableFilter.apply(zeros, UP, UP, BorderMode.REFLECT_101);
        return src.depth() == Image.Depth.U8 ? out.toU8HalfUp() : out;
    }

    /** {@code levels} images: the input, then each half the size of the one before. */
    public static List<Image> build(Image src, int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("gaussian pyramid: levels " + levels + " must be at least 1");
        }
        List<Image> pyramid = new ArrayList<>();
        pyramid.add(src);
        for (int i = 1; i < levels; i++) {
            Image last = pyramid.get(i - 1);
            if (last.width() == 1 && last.height() == 1) {
                throw new IllegalArgumentException("gaussian pyramid: " + levels + " levels are too many for a "
                        + src.width() + "x" + src.height() + " image (level " + (i - 1) + " is already 1x1)");
            }
            pyramid.add(down(last));
        }
        return pyramid;
    }
}
