package dlprep.models;

import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Module;
import dlprep.engine.tensor.Tensor;

/**
 * CBAM's spatial attention (Woo et al. 2018), "where" to look: the mean and the maximum over the channels
 * give two maps [N, 2, H, W]; a 7x7 convolution (padded, so the size stays) and a sigmoid turn them into
 * one weight in (0, 1) per position, which scales every channel there.
 */
public final class SpatialAttention extends Module {

    private final Conv2d conv;

    public SpatialAttention(int kernelSize) {
        if (kernelSize < 1 || kernelSize % 2 == 0) {
            throw new IllegalArgumentException("SpatialAttention: kernel size must be odd so the map keeps its size, got "
                    + kernelSize);
        }
        conv = registerModule("conv", new Conv2d(2, 1, kernelSize, 1, kernelSize / 2));
    }

    /** The position weights in (0, 1) for {@code x} [N, C, H, W], shaped [N, 1, H, W]. */
    public Tensor weights(Tensor x) {
        if (x.dim() != 4) {
            throw wrongInput("[N, C, H, W]", x);
        }
        Tensor pooled = Tensor.cat(1, x.mean(1, true), x.max(1, true).values());   // N x 2 x H x W
        return conv.forward(pooled).sigmoid();                                       // N x 1 x H x W
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.mul(weights(x));
    }
}
