package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

/**
 * Mirrors the image left to right with probability {@code p} (torchvision's
 * {@code transforms.RandomHorizontalFlip}: one uniform draw per image, flip when it is below {@code p}).
 */
public final class RandomHorizontalFlip implements Transform {

    private final double p;

    public RandomHorizontalFlip(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("RandomHorizontalFlip: p must be in [0, 1], got " + p);
        }
        this.p = p;
    }

    @Override
    public Tensor apply(Tensor image, Generator random) {
        ImageShape in = ImageShape.of("RandomHorizontalFlip", image);
        if (!(random.uniform() < p)) {
            return image;
        }
        Tensor out = in.zeros(in.height(), in.width());
        float[] x = image.floatData();
        float[] y = out.floatData();
        int w = in.width();
        for (int row = 0; row < in.channels() * in.height(); row++) {
            int base = row * w;
            for (int col = 0; col < w; col++) {
                y[base + col] = x[base + w - 1 - col];
            }
        }
        return out;
    }
}
