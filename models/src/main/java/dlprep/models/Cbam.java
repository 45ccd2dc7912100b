package dlprep.models;

import dlprep.engine.nn.Module;
import dlprep.engine.tensor.Tensor;

/**
 * The convolutional block attention module (Woo et al. 2018): {@link ChannelAttention} (what), then
 * {@link SpatialAttention} (where) on the rescaled features, in that order, which the paper found best.
 * Reduction 16 and a 7x7 spatial kernel as in the paper.
 */
public final class Cbam extends Module {

    private final ChannelAttention channel;
    private final SpatialAttention spatial;

    public Cbam(int channels, int reduction) {
        channel = registerModule("channel", new ChannelAttention(channels, reduction));
        spatial = registerModule("spatial", new SpatialAttention(7));
    }

    @Override
    public Tensor forward(Tensor x) {
        return spatial.forward(channel.forward(x));
    }
}
