package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

/**
 * Pads the image with {@code padding} zeros on every side, then cuts a {@code size x size} window at a
 * uniformly random position (torchvision's {@code transforms.RandomCrop(size, padding)}: the top row is
 * drawn from {@code [0, H + 2p - size]}, then the left column likewise).
 */
public final class RandomCrop implements Transform {

    private final int size;
    private final int padding;

    public RandomCrop(int size, int padding) {
        if (size < 1 || padding < 0) {
            throw new IllegalArgumentException("RandomCrop: size must be at least 1 and padding at least 0, got size "
                    + size + " and padding " + padding);
        }
        this.size = size;
        this.padding = padding;
    }

    @Override
    public Tensor apply(Tensor image, Generator random) {
        ImageShape in = ImageShape.of("RandomCrop", image);
        int paddedH = in.height() + 2 * padding;
        int paddedW = in.width() + 2 * padding;
        if (size > paddedH || size > paddedW) {
            throw new IllegalArgumentException("RandomCrop: a " + size + "x" + size + " crop does not fit an image of "
                    + in.height() + "x" + in.width() + " padded by " + padding);
        }
        int top = (int) random.integer(0, paddedH - size + 1);
        int left = (int) random.integer(0, paddedW - size + 1);
        Tensor out = in.zeros(size, size);
        float[] x = image.floatData();
        float[] y = out.floatData();
        int h = in.height();
        int w = in.width();
        for (int c = 0; c < in.channels(); c++) {
            for (int r = 0; r < size; r++) {
                int sr = top + r - padding; // row in the unpadded image
                if (sr < 0 || sr >= h) {
                    continue; // a padding row: stays zero
                }
                for (int col = 0; col < size; col++) {
                    int sc = left + col - padding;
                    if (sc >= 0 && sc < w) {
                        y[(c * size + r) * size + col] = x[(c * h + sr) * w + sc];
                    }
                }
            }
        }
        return out;
    }
}
