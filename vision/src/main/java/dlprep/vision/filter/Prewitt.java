package dlprep.vision.filter;

import dlprep.vision.image.Image;

/**
 * Prewitt's first derivative: the difference {@code [-1 0 1]} with the box smoothing {@code [1 1 1]}
 * (Sobel weights the middle row twice instead). OpenCV has no Prewitt function; it is filter2D with this
 * kernel. Float result.
 */
public final class Prewitt {

    private static final float[] DIFFERENCE = {-1, 0, 1};
    private static final float[] SMOOTHING = {1, 1, 1};

    private Prewitt() {
    }

    public static Image apply(Image src, int dx, int dy) {
        return apply(src, dx, dy, BorderMode.DEFAULT);
    }

    public static Image apply(Image src, int dx, int dy, BorderMode border) {
        if (!(dx == 1 && dy == 0 || dx == 0 && dy == 1)) {
            throw new IllegalArgumentException("prewitt: dx=" + dx + ", dy=" + dy + "; only the first derivative along x "
                    + "(dx=1, dy=0) or y (dx=0, dy=1)");
        }
        return SeparableFilter.apply(src, dx == 1 ? DIFFERENCE : SMOOTHING, dx == 1 ? SMOOTHING : DIFFERENCE, border);
    }
}
