package dlprep.models;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.BatchNorm1d;
import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * Selective kernel convolution (Li et al. 2019, SKNet), attention over receptive-field sizes. Split: two
 * paths see the input through a 3x3 convolution and through a 3x3 convolution with dilation 2 (a 5x5 field
 * at the cost of a 3x3, the paper's choice), each with batch norm and ReLU. Fuse: U = U1 + U2, global
 * average pooling, then a fully connected layer with batch norm and ReLU down to z of size d = max(C/r, L).
 * Select: one fully connected layer per path maps z back to C logits, a softmax across the two paths
 * gives per-channel weights a and b = 1 - a, and the output is a U1 + b U2. The paper's paths are grouped
 * convolutions (32 groups) because its backbone is ResNeXt; here they are ordinary convolutions, as in a
 * ResNet-18 block.
 */
public final class SelectiveKernel extends Module {

    /** SKNet's r and L: z has max(C/16, 32) entries. */
    public static final int REDUCTION = 16;
    public static final int MIN_Z = 32;

    private final int channels;
    private final Sequential path3x3;
    private final Sequential pathDilated;
    private final Sequential fuse;
    private final Linear select3x3;
    private final Linear selectDilated;

    public SelectiveKernel(int inChannels, int outChannels, int stride) {
        channels = outChannels;
        int z = Math.max(outChannels / REDUCTION, MIN_Z);
        path3x3 = registerModule("path3x3", new Sequential(
                new Conv2d(inChannels, outChannels, 3, stride, 1, 1, 1, false), new BatchNorm2d(outChannels), new ReLU()));
        pathDilated = registerModule("pathDilated", new Sequential(
                new Conv2d(inChannels, outChannels, 3, stride, 2, 2, 1, false), new BatchNorm2d(outChannels), new ReLU()));
        fuse = registerModule("fuse", new Sequential(
                new AdaptiveAvgPool2d(1), new Flatten(),                                 // s: N x C
                new Linear(outChannels, z, false), new BatchNorm1d(z), new ReLU()));     // z: N x d
        select3x3 = registerModule("select3x3", new Linear(z, outChannels));
        selectDilated = registerModule("selectDilated", new Linear(z, outChannels));
    }

    /** The weights of the two paths for {@code x}: [N, 2, C], each in (0, 1), the two summing to 1 per channel. */
    public Tensor weights(Tensor x) {
        return select(path3x3.forward(x), pathDilated.forward(x));
    }

    private Tensor select(Tensor u1, Tensor u2) {
        Tensor z = fuse.forward(u1.add(u2));
        return Tensor.stack(1, select3x3.forward(z), selectDilated.forward(z)).softmax(1);
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor u1 = path3x3.forward(x);
        Tensor u2 = pathDilated.forward(x);
        Tensor w = select(u1, u2);
        int n = x.size(0);
        Tensor a = w.select(1, 0).reshape(n, channels, 1, 1);
        Tensor b = w.select(1, 1).reshape(n, channels, 1, 1);
        return u1.mul(a).add(u2.mul(b));
    }
}
