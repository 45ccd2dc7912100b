package dlprep.models;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * A classifier without pooling or strides until the end: a {@link DilatedStack} with dilations 1, 2, 4, 8
 * on the 28x28 image, whose receptive field of 1 + 2 (1 + 2 + 4 + 8) = 31 pixels covers the whole image
 * at every position, then global average pooling and a linear layer. It shows that dilation alone gives
 * the context a classifier needs, with four layers of 9 weights per filter.
 */
public final class DilatedNet extends Module {

    private final Sequential layers;

    public DilatedNet(int channels) {
        layers = registerModule("layers", new Sequential(
                new DilatedStack(1, channels, 1, 2, 4, 8),                    // channels x 28 x 28
                new AdaptiveAvgPool2d(1), new Flatten(), new Linear(channels, 10)));
    }

    @Override
    public Tensor forward(Tensor x) {
        return layers.forward(x);
    }
}
