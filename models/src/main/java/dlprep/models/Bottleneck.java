package dlprep.models;

import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * The bottleneck block of ResNet-50/101/152 (He et al. 2016, figure 5 right): a 1x1 convolution narrows
 * to {@code width} channels, a 3x3 convolution works at that width, and a 1x1 convolution widens to
 * {@code EXPANSION * width}; each is followed by batch norm, the first two by ReLU, and the block ends
 * with ReLU(F(X) + X). The 3x3 convolution carries the stride (torchvision's "ResNet v1.5"); a 1x1
 * projection with batch norm matches X when the shape changes. The 3x3 convolution runs on 4x fewer
 * channels than the block's input and output, which is what makes a 50-layer network affordable.
 */
public final class Bottleneck extends Module {

    /** Output channels per bottleneck channel. */
    public static final int EXPANSION = 4;

    private final Sequential branch;
    private final Sequential shortcut;

    public Bottleneck(int inChannels, int width, boolean use1x1conv, int stride) {
        int out = EXPANSION * width;
        branch = registerModule("branch", new Sequential(
                new Conv2d(inChannels, width, 1, 1, 0, 1, 1, false), new BatchNorm2d(width), new ReLU(),
                Residual.conv3x3(width, width, stride), new BatchNorm2d(width), new ReLU(),
                new Conv2d(width, out, 1, 1, 0, 1, 1, false), new BatchNorm2d(out)));
        shortcut = use1x1conv ? registerModule("shortcut", Residual.projection(inChannels, out, stride)) : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = branch.forward(x);
        return y.add(shortcut == null ? x : shortcut.forward(x)).relu();
    }
}
