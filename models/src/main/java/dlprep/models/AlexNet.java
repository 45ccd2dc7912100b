package dlprep.models;

import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Dropout;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * AlexNet (Krizhevsky, Sutskever and Hinton, 2012) as in Dive into Deep Learning 7.1, for one-channel
 * images and 10 classes: five convolutions (11x11 stride 4, 5x5, three 3x3) with 3x3 stride-2 max pooling
 * after the first, second and fifth, then two 4096-unit layers with dropout 0.5. As in d2l it has no local
 * response normalisation and no split over two GPUs; the original chapter's copy differs only in an
 * unpadded first convolution (same 54x54 output at 224x224) and one 4096-unit layer "for CPU".
 *
 * <p>Adapted to small inputs in one place: the first linear layer takes {@code 256 * s * s} features, where
 * {@code s} is the side the convolutions leave of the {@code imageSize x imageSize} input: 5 at the
 * published 224x224 (6400 features), 1 at 65x65 to 99x99. Everything else is as published, so the input
 * must be at least 65x65 (65 -> 15 -> 7 -> 3 -> 1 through the stride-4 convolution and the three
 * poolings); Fashion-MNIST is resized to it. {@code ratio} divides every convolution's channels
 * ({@link ChannelRatio}); the classifier keeps its 4096 units, as d2l's reduced VGG does.
 */
public final class AlexNet extends Module {

    /** The smallest input side the convolutions do not shrink to nothing. */
    public static final int MIN_IMAGE_SIZE = 65;

    private final int imageSize;
    private final Sequential features;
    private final Sequential classifier;

    /** The published widths, for {@code imageSize x imageSize} inputs. */
    public AlexNet(int imageSize) {
        this(imageSize, 1);
    }

    /** Every convolution's channels divided by {@code ratio}. */
    public AlexNet(int imageSize, int ratio) {
        if (imageSize < MIN_IMAGE_SIZE) {
            throw new IllegalArgumentException("AlexNet: a " + imageSize + "x" + imageSize + " input shrinks to "
                    + "nothing in the convolutions; resize the images to at least " + MIN_IMAGE_SIZE + "x"
                    + MIN_IMAGE_SIZE);
        }
        this.imageSize = imageSize;
        int c1 = ChannelRatio.divide("AlexNet", 96, ratio);
        int c2 = ChannelRatio.divide("AlexNet", 256, ratio);
        int c3 = ChannelRatio.divide("AlexNet", 384, ratio);
        features = registerModule("features", new Sequential(            // shapes for a 224x224 input:
                new Conv2d(1, c1, 11, 4, 1), new ReLU(), new MaxPool2d(3, 2),    // 96 x 54 x 54 -> 26 x 26
                new Conv2d(c1, c2, 5, 1, 2), new ReLU(), new MaxPool2d(3, 2),    // 256 x 26 x 26 -> 12 x 12
                new Conv2d(c2, c3, 3, 1, 1), new ReLU(),                         // 384 x 12 x 12
                new Conv2d(c3, c3, 3, 1, 1), new ReLU(),                         // 384 x 12 x 12
                new Conv2d(c3, c2, 3, 1, 1), new ReLU(), new MaxPool2d(3, 2)));  // 256 x 12 x 12 -> 5 x 5
        int side = pooled(pooled(pooled((imageSize + 2 - 11) / 4 + 1))); // the 3x3 and 5x5 convolutions keep the size
        classifier = registerModule("classifier", new Sequential(
                new Flatten(),
                new Linear(c2 * side * side, 4096), new ReLU(), new Dropout(0.5),
                new Linear(4096, 4096), new ReLU(), new Dropout(0.5),
                new Linear(4096, 10)));
    }

    /** The side after a 3x3 stride-2 max pooling without padding. */
    private static int pooled(int side) {
        return (side - 3) / 2 + 1;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() != 4 || x.size(2) != imageSize || x.size(3) != imageSize) {
            throw wrongInput("[N, 1, " + imageSize + ", " + imageSize + "] (the size its classifier was built for)", x);
        }
        return classifier.forward(features.forward(x));
    }
}
