package dlprep.models;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.nn.Sigmoid;
import dlprep.engine.tensor.Tensor;

/**
 * Squeeze-and-excitation (Hu et al. 2018), channel attention: "what" to look at. Squeeze: global average
 * pooling gives one number per channel. Excitation: a fully connected layer reduces the C numbers to C/r,
 * ReLU, a second one restores C, and a sigmoid turns them into weights in (0, 1). Scale: each channel of
 * the input is multiplied by its weight. The bottleneck of r (16 in the paper) keeps the cost small and
 * forces the weights to model how channels depend on each other.
 */
public final class SqueezeExcitation extends Module {

    private final int channels;
    private final Sequential excitation;

    public SqueezeExcitation(int channels, int reduction) {
        if (reduction < 1 || channels / reduction < 1) {
            throw new IllegalArgumentException("SqueezeExcitation: reduction must be between 1 and the channel count "
                    + channels + ", got " + reduction);
        }
        this.channels = channels;
        excitation = registerModule("excitation", new Sequential(
                new AdaptiveAvgPool2d(1), new Flatten(),                                // squeeze: C
                new Linear(channels, channels / reduction), new ReLU(),                 // C/r
                new Linear(channels / reduction, channels), new Sigmoid()));            // C weights in (0, 1)
    }

    /** The channel weights for {@code x} [N, C, H, W], shaped [N, C, 1, 1] to broadcast over the positions. */
    public Tensor weights(Tensor x) {
        if (x.dim() != 4 || x.size(1) != channels) {
            throw wrongInput("[N, " + channels + ", H, W]", x);
        }
        return excitation.forward(x).reshape(x.size(0), channels, 1, 1);
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.mul(weights(x));
    }
}
