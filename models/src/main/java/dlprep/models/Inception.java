package dlprep.models;

import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * The Inception block of GoogLeNet (Szegedy et al., 2014) as in Dive into Deep Learning 7.4: four parallel
 * branches that keep the height and width, concatenated along the channels. Branch 1 is a 1x1 convolution;
 * branches 2 and 3 a 1x1 convolution that reduces the channels before a 3x3 or a 5x5 one (the 1x1 layers
 * are what make the wide block cheap); branch 4 a 3x3 max pooling (stride 1) followed by a 1x1 convolution.
 * Every convolution is followed by ReLU. Output channels: {@code c1 + c2[1] + c3[1] + c4}.
 */
public final class Inception extends Module {

    private final Sequential branch1;
    private final Sequential branch2;
    private final Sequential branch3;
    private final Sequential branch4;
    private final int outChannels;

    /** d2l's {@code Inception(in_channels, c1, c2, c3, c4)}; {@code c2} and {@code c3} are (1x1, 3x3 or 5x5) pairs. */
    public Inception(int inChannels, int c1, int[] c2, int[] c3, int c4) {
        branch1 = registerModule("branch1", new Sequential(new Conv2d(inChannels, c1, 1), new ReLU()));
        branch2 = registerModule("branch2", new Sequential(new Conv2d(inChannels, c2[0], 1), new ReLU(),
                new Conv2d(c2[0], c2[1], 3, 1, 1), new ReLU()));
        branch3 = registerModule("branch3", new Sequential(new Conv2d(inChannels, c3[0], 1), new ReLU(),
                new Conv2d(c3[0], c3[1], 5, 1, 2), new ReLU()));
        branch4 = registerModule("branch4", new Sequential(new MaxPool2d(3, 1, 1, false),
                new Conv2d(inChannels, c4, 1), new ReLU()));
        outChannels = c1 + c2[1] + c3[1] + c4;
    }

    /** The channels of the concatenated output. */
    public int outChannels() {
        return outChannels;
    }

    @Override
    public Tensor forward(Tensor x) {
        return Tensor.cat(1, branch1.forward(x), branch2.forward(x), branch3.forward(x), branch4.forward(x));
    }
}
