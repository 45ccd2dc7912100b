package dlprep.models;

import dlprep.engine.nn.Linear;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * CBAM's channel attention (Woo et al. 2018): like {@link SqueezeExcitation}, but the spatial information
 * is squeezed twice, by average and by max pooling; both C-vectors pass through one shared MLP
 * (C -> C/r -> C with ReLU between), and the weights are sigmoid(MLP(avg) + MLP(max)). Max pooling keeps
 * the strongest response of each channel, which the average blurs.
 */
public final class ChannelAttention extends Module {

    private final int channels;
    private final Sequential mlp;

    public ChannelAttention(int channels, int reduction) {
        if (reduction < 1 || channels / reduction < 1) {
            throw new IllegalArgumentException("ChannelAttention: reduction must be between 1 and the channel count "
                    + channels + ", got " + reduction);
        }
        this.channels = channels;
        mlp = registerModule("mlp", new Sequential(
                new Linear(channels, channels / reduction), new ReLU(), new Linear(channels / reduction, channels)));
    }

    /** The channel weights in (0, 1) for {@code x} [N, C, H, W], shaped [N, C, 1, 1]. */
    public Tensor weights(Tensor x) {
        if (x.dim() != 4 || x.size(1) != channels) {
            throw wrongInput("[N, " + channels + ", H, W]", x);
        }
        Tensor positions = x.reshape(x.size(0), channels, -1);     // N x C x HW
        Tensor avg = positions.mean(2);                              // N x C
        Tensor max = positions.max(2, false).values();               // N x C
        return mlp.forward(avg).add(mlp.forward(max)).sigmoid().reshape(x.size(0), channels, 1, 1);
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.mul(weights(x));
    }
}
