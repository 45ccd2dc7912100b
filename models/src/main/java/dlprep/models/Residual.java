package dlprep.models;

import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * The basic residual block of ResNet-18/34 (He et al. 2016, figure 2; Dive into Deep Learning 7.6):
 * 3x3 convolution, batch norm, ReLU, 3x3 convolution, batch norm, and ReLU(F(X) + X). When the block
 * changes the channel count or strides, X goes through a 1x1 projection (convolution + batch norm, the
 * paper's option B as in torchvision) to match F(X). Convolutions before a batch norm have no bias: the
 * norm subtracts the mean, which would cancel it (d2l keeps the biases; torchvision and the paper do not).
 *
 * <p>An optional attention module (SE, CBAM) rescales F(X) before the addition, where the SENet and CBAM
 * papers place it, so the identity path stays untouched. {@link #selectiveKernel} builds the SKNet variant,
 * whose first 3x3 convolution becomes a {@link SelectiveKernel} unit.
 */
public final class Residual extends Module {

    private final Sequential branch;
    private final Sequential shortcut;

    /** The block of d2l's {@code Residual(input_channels, num_channels, use_1x1conv, strides)}. */
    public Residual(int inChannels, int outChannels, boolean use1x1conv, int stride) {
        this(inChannels, outChannels, use1x1conv, stride, null);
    }

    /** The block with {@code attention} (null for none) applied to F(X) before the addition. */
    public Residual(int inChannels, int outChannels, boolean use1x1conv, int stride, Module attention) {
        this(branch(outChannels, attention, conv3x3(inChannels, outChannels, stride), new BatchNorm2d(outChannels),
                        new ReLU()),
                use1x1conv ? projection(inChannels, outChannels, stride) : null);
    }

    private Residual(Sequential branch, Sequential shortcut) {
        this.branch = registerModule("branch", branch);
        this.shortcut = shortcut == null ? null : registerModule("shortcut", shortcut);
    }

    /**
     * The SK-ResNet block (Li et al. 2019, adapted to basic blocks): a {@link SelectiveKernel} unit (its
     * own batch norm and ReLU per path) in place of the first convolution, batch norm and ReLU.
     */
    public static Residual selectiveKernel(int inChannels, int outChannels, boolean use1x1conv, int stride) {
        return new Residual(branch(outChannels, null, new SelectiveKernel(inChannels, outChannels, stride)),
                use1x1conv ? projection(inChannels, outChannels, stride) : null);
    }

    /** F: the {@code first} layers (conv-BN-ReLU or their replacement), 3x3 conv, BN, and the attention if any. */
    private static Sequential branch(int channels, Module attention, Module... first) {
        List<Module> layers = new ArrayList<>(List.of(first));
        layers.add(conv3x3(channels, channels, 1));
        layers.add(new BatchNorm2d(channels));
        if (attention != null) {
            layers.add(attention);
        }
        return new Sequential(layers.toArray(Module[]::new));
    }

    static Conv2d conv3x3(int in, int out, int stride) {
        return new Conv2d(in, out, 3, stride, 1, 1, 1, false);
    }

    /** 1x1 convolution with the block's stride, then batch norm: X reshaped to F(X)'s channels and size. */
    static Sequential projection(int in, int out, int stride) {
        return new Sequential(new Conv2d(in, out, 1, stride, 0, 1, 1, false), new BatchNorm2d(out));
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = branch.forward(x);
        return y.add(shortcut == null ? x : shortcut.forward(x)).relu();
    }
}
