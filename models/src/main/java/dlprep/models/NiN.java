package dlprep.models;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Dropout;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * Network in Network (Lin, Chen and Yan, 2013) as in Dive into Deep Learning 7.3 and the original chapter:
 * NiN blocks (a convolution followed by two 1x1 convolutions, each with ReLU: a small MLP at every pixel)
 * with AlexNet's kernel sizes and widths, 3x3 stride-2 max pooling between them, dropout 0.5, and a last
 * block with one channel per class whose global average is the logit: no fully connected layer at all.
 *
 * <p>With no linear layer the network takes any input of at least 67x67 (67 -> 15 -> 7 -> 3 -> 1 through
 * the unpadded stride-4 11x11 convolution and the three poolings; 224x224 leaves 10 x 5 x 5 to average);
 * Fashion-MNIST is resized to it. {@code ratio} divides the channels of the first three blocks
 * ({@link ChannelRatio}); the last keeps its 10.
 */
public final class NiN extends Module {

    /** The smallest input side the convolutions and poolings do not shrink to nothing. */
    public static final int MIN_IMAGE_SIZE = 67;

    private final Sequential layers;

    /** The published widths. */
    public NiN() {
        this(1);
    }

    /** The first three blocks' channels divided by {@code ratio}. */
    public NiN(int ratio) {
        int c1 = ChannelRatio.divide("NiN", 96, ratio);
        int c2 = ChannelRatio.divide("NiN", 256, ratio);
        int c3 = ChannelRatio.divide("NiN", 384, ratio);
        layers = registerModule("layers", new Sequential(              // shapes for a 224x224 input:
                block(1, c1, 11, 4, 0), new MaxPool2d(3, 2),                // 96 x 54 x 54 -> 26 x 26
                block(c1, c2, 5, 1, 2), new MaxPool2d(3, 2),                // 256 x 26 x 26 -> 12 x 12
                block(c2, c3, 3, 1, 1), new MaxPool2d(3, 2),                // 384 x 12 x 12 -> 5 x 5
                new Dropout(0.5),
                block(c3, 10, 3, 1, 1),                                     // 10 x 5 x 5
                new AdaptiveAvgPool2d(1), new Flatten()));                  // 10
    }

    /** d2l's {@code nin_block}: the given convolution, then two 1x1 convolutions, each followed by ReLU. */
    private static Sequential block(int in, int out, int kernel, int stride, int padding) {
        return new Sequential(
                new Conv2d(in, out, kernel, stride, padding), new ReLU(),
                new Conv2d(out, out, 1), new ReLU(),
                new Conv2d(out, out, 1), new ReLU());
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() != 4 || x.size(2) < MIN_IMAGE_SIZE || x.size(3) < MIN_IMAGE_SIZE) {
            throw wrongInput("[N, 1, H, W] with H and W at least " + MIN_IMAGE_SIZE + " (resize smaller images)", x);
        }
        return layers.forward(x);
    }
}
