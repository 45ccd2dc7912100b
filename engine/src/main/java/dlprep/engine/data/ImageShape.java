package dlprep.engine.data;

import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * The channels, height and width of an image tensor {@code [C, H, W]} or {@code [H, W]} (one channel),
 * checked once for every transform.
 */
record ImageShape(int channels, int height, int width, boolean hasChannelDim) {

    static ImageShape of(String op, Tensor image) {
        int[] s = image.shape();
        if (s.length != 2 && s.length != 3) {
            throw new IllegalArgumentException(op + ": expected an image [C, H, W] or [H, W], got shape "
                    + Shape.str(s));
        }
        if (image.dtype() != DType.FLOAT32) {
            throw new IllegalArgumentException(op + ": expected a float32 image, got " + image.dtype());
        }
        return s.length == 3 ? new ImageShape(s[0], s[1], s[2], true) : new ImageShape(1, s[0], s[1], false);
    }

    /** A zero image with these channels and the given height and width, of the same rank. */
    Tensor zeros(int h, int w) {
        return hasChannelDim ? Tensor.zeros(channels, h, w) : Tensor.zeros(h, w);
    }
}
