package dlprep.models;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * The first seven layers of MobileNet v1 (Howard et al. 2017, table 1) for 28x28 images: a full 3x3
 * convolution to 32 channels, then six {@link DepthwiseSeparableConv}s up to 512 channels, three of them
 * with stride 2, global average pooling and a linear layer. The paper's first convolution has stride 2
 * for 224x224 input; here it has stride 1, and the network stops after the 512-channel layer (the paper
 * continues with five more 512-channel layers and two of 1024), since a 28x28 image is 4x4 by then.
 */
public final class MobileNetSmall extends Module {

    private final Sequential layers = registerModule("layers", new Sequential(
            new Conv2d(1, 32, 3, 1, 1, 1, 1, false), new BatchNorm2d(32), new ReLU(), // 32 x 28 x 28
            new DepthwiseSeparableConv(32, 64, 1),                                    // 64 x 28 x 28
            new DepthwiseSeparableConv(64, 128, 2),                                   // 128 x 14 x 14
            new DepthwiseSeparableConv(128, 128, 1),
            new DepthwiseSeparableConv(128, 256, 2),                                  // 256 x 7 x 7
            new DepthwiseSeparableConv(256, 256, 1),
            new DepthwiseSeparableConv(256, 512, 2),                                  // 512 x 4 x 4
            new AdaptiveAvgPool2d(1), new Flatten(), new Linear(512, 10)));

    @Override
    public Tensor forward(Tensor x) {
        return layers.forward(x);
    }
}
