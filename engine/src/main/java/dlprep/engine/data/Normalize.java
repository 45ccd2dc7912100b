package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

/**
 * Per-channel standardisation {@code out[c] = (x[c] - mean[c]) / std[c]} (torchvision's
 * {@code transforms.Normalize}). One mean and std apply to every channel.
 */
public final class Normalize implements Transform {

    private final float[] mean;
    private final float[] std;

    public Normalize(float[] mean, float[] std) {
        if (mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("Normalize: need as many means as stds (and at least one), got "
                    + mean.length + " and " + std.length);
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("Normalize: every std must be positive, got " + s);
            }
        }
        this.mean = mean.clone();
        this.std = std.clone();
    }

    @Override
    public Tensor apply(Tensor image, Generator random) {
        ImageShape in = ImageShape.of("Normalize", image);
        if (mean.length != 1 && mean.length != in.channels()) {
            throw new IllegalArgumentException("Normalize: " + mean.length + " means and stds for an image with "
                    + in.channels() + " channels");
        }
        Tensor out = in.zeros(in.height(), in.width());
        float[] x = image.floatData();
        float[] y = out.floatData();
        int plane = in.height() * in.width();
        for (int c = 0; c < in.channels(); c++) {
            float m = mean[mean.length == 1 ? 0 : c];
            float s = std[std.length == 1 ? 0 : c];
            for (int i = c * plane; i < (c + 1) * plane; i++) {
                y[i] = (x[i] - m) / s;
            }
        }
        return out;
    }
}
