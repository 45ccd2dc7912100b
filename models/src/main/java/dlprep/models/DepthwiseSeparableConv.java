package dlprep.models;

import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * Depthwise-separable convolution as in MobileNet (Howard et al. 2017, figure 3): a depthwise 3x3
 * convolution filters each channel on its own ({@code groups = inChannels}), then a pointwise 1x1
 * convolution mixes the channels; each is followed by batch norm and ReLU. For C_in -> C_out channels it
 * costs 9 C_in + C_in C_out multiply-adds per position instead of 9 C_in C_out: 8 to 9 times fewer for
 * wide layers.
 */
public final class DepthwiseSeparableConv extends Module {

    private final Sequential layers;

    public DepthwiseSeparableConv(int inChannels, int outChannels, int stride) {
        layers = registerModule("layers", new Sequential(
                new Conv2d(inChannels, inChannels, 3, stride, 1, 1, inChannels, false), // depthwise
                new BatchNorm2d(inChannels), new ReLU(),
                new Conv2d(inChannels, outChannels, 1, 1, 0, 1, 1, false),               // pointwise
                new BatchNorm2d(outChannels), new ReLU()));
    }

    @Override
    public Tensor forward(Tensor x) {
        return layers.forward(x);
    }
}
