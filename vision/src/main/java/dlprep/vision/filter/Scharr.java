package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * Scharr's first derivative (OpenCV's Scharr, or Sobel with ksize -1): the difference {@code [-1 0 1]}
 * with the smoothing {@code [3 10 3]}, whose gradient direction is closer to rotation-invariant than
 * Sobel's {@code [1 2 1]}. Float result.
 */
public final class Scharr {

    private static final float[] DIFFERENCE = {-1, 0, 1};
    private static final float[] SMOOTHING = {3, 10, 3};

    private Scharr() {
    }

    public static Image apply(Image src, int dx, int dy) {
        return apply(src, dx, dy, BorderMode.DEFAULT);
    }

    public static Image apply(Image src, int dx, int dy, BorderMode border) {
        if (!(dx == 1 && dy == 0 || dx == 0 && dy == 1)) {
            throw new IllegalArgumentException("scharr: dx=" + dx + ", dy=" + dy + "; only the first derivative along x "
                    + "(dx=1, dy=0) or y (dx=0, dy=1)");
        }
        return SeparableFilter.apply(src, dx == 1 ? DIFFERENCE : SMOOTHING, dx == 1 ? SMOOTHING : DIFFERENCE, border);
    }
}
