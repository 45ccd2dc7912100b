package dlprep.models;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.AvgPool2d;
import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * DenseNet as in Dive into Deep Learning 7.7: a stem of 64 channels, four {@link DenseBlock}s of four
 * convolutions with growth rate 32, a transition layer (batch norm, ReLU, 1x1 convolution halving the
 * channels, 2x2 average pooling halving the size) between blocks, then batch norm, ReLU, global average
 * pooling and a linear layer. Channels: 64 -> 192 -> 96 -> 224 -> 112 -> 240 -> 120 -> 248.
 *
 * <p>{@link #imageNet} has d2l's stem (7x7 convolution stride 2, batch norm, ReLU, 3x3 max pool stride 2);
 * d2l feeds it Fashion-MNIST resized to 96x96, so the blocks run at 24, 12, 6 and 3 pixels. {@link
 * #smallImage} is adapted to 28x28 without resizing: a 3x3 convolution with stride 1, batch norm, ReLU and
 * the same max pool give 14x14, and the blocks run at 14, 7, 3 and 1 pixels (the last transition needs at
 * least 2x2 to pool, so the stem may not shrink further). That is about 40 million multiply-adds per image,
 * against 150 million at d2l's 96x96.
 */
public final class DenseNet extends Module {

    private static final int GROWTH_RATE = 32;
    private static final int[] CONVS_PER_BLOCK = {4, 4, 4, 4};

    private final Sequential stem;
    private final Sequential blocks;
    private final Sequential head;

    private DenseNet(Sequential stem, int numClasses) {
        this.stem = registerModule("stem", stem);
        List<Module> layers = new ArrayList<>();
        int channels = 64;
        for (int i = 0; i < CONVS_PER_BLOCK.length; i++) {
            DenseBlock block = new DenseBlock(CONVS_PER_BLOCK[i], channels, GROWTH_RATE);
            layers.add(block);
            channels = block.outChannels();
            if (i < CONVS_PER_BLOCK.length - 1) {
                layers.add(transition(channels, channels / 2));
                channels /= 2;
            }
        }
        this.blocks = registerModule("blocks", new Sequential(layers.toArray(Module[]::new)));
        this.head = registerModule("head", new Sequential(new BatchNorm2d(channels), new ReLU(),
                new AdaptiveAvgPool2d(1), new Flatten(), new Linear(channels, numClasses)));
    }

    /** DenseNet with the 28x28 stem, for 1x28x28 images and 10 classes. */
    public static DenseNet smallImage() {
        return new DenseNet(new Sequential(new Conv2d(1, 64, 3, 1, 1), new BatchNorm2d(64), new ReLU(),
                new MaxPool2d(3, 2, 1, false)), 10);                             // 64 x 14 x 14
    }

    /** DenseNet with d2l's (and the paper's ImageNet) stem. */
    public static DenseNet imageNet(int inChannels, int numClasses) {
        return new DenseNet(new Sequential(new Conv2d(inChannels, 64, 7, 2, 3), new BatchNorm2d(64), new ReLU(),
                new MaxPool2d(3, 2, 1, false)), numClasses);                     // 64 x H/4 x W/4
    }

    /** Batch norm, ReLU, 1x1 convolution to {@code out} channels, 2x2 average pooling. */
    private static Sequential transition(int in, int out) {
        return new Sequential(new BatchNorm2d(in), new ReLU(), new Conv2d(in, out, 1), new AvgPool2d(2, 2));
    }

    @Override
    public Tensor forward(Tensor x) {
        return head.forward(blocks.forward(stem.forward(x)));
    }
}
