package dlprep.models;

import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.ModuleList;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * A dense block (Huang et al. 2017; Dive into Deep Learning 7.7): {@code numConvs} convolution blocks
 * (batch norm, ReLU, 3x3 convolution to {@code growthRate} channels), each reading the concatenation of
 * the block's input and all earlier outputs along the channels. The block adds {@code numConvs *
 * growthRate} channels and keeps the size. Where ResNet adds F(X) to X, DenseNet concatenates it, so every
 * layer sees every earlier feature map unchanged.
 */
public final class DenseBlock extends Module {

    private final ModuleList convs = registerModule("convs", new ModuleList());
    private final int outChannels;

    public DenseBlock(int numConvs, int inChannels, int growthRate) {
        for (int i = 0; i < numConvs; i++) {
            int in = inChannels + i * growthRate;
            convs.add(new Sequential(new BatchNorm2d(in), new ReLU(), new Conv2d(in, growthRate, 3, 1, 1)));
        }
        outChannels = inChannels + numConvs * growthRate;
    }

    /** The input's channels plus {@code numConvs * growthRate}. */
    public int outChannels() {
        return outChannels;
    }

    @Override
    public Tensor forward(Tensor x) {
        for (Module conv : convs) {
            x = Tensor.cat(1, x, conv.forward(x));
        }
        return x;
    }
}
