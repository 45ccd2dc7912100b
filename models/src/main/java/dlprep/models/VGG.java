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
 * VGG (Simonyan and Zisserman, 2014) as in Dive into Deep Learning 7.2 and the original chapter: VGG blocks
 * of 3x3 convolutions (padding 1, so the size stays) with ReLU, each block ending in a 2x2 max pooling
 * that halves the size, then two 4096-unit layers with dropout 0.5. {@link #vgg11} is d2l's VGG-11
 * ({@code conv_arch = ((1, 64), (1, 128), (2, 256), (2, 512), (2, 512))}); its channel-reduced version
 * divides each block's channels by a ratio (d2l trains it with ratio 4), keeping the 4096-unit layers.
 *
 * <p>Adapted to small inputs in one place: the first linear layer takes {@code c * s * s} features for
 * the {@code s = imageSize / 32} that five halvings leave (7 at the published 224x224, 25,088 features;
 * 2 at 64x64). Everything else is as published, so the input must be at least 32x32.
 */
public final class VGG extends Module {

    /** VGG-11's blocks: (number of convolutions, output channels). */
    private static final int[][] VGG_11 = {{1, 64}, {1, 128}, {2, 256}, {2, 512}, {2, 512}};

    private final int imageSize;
    private final Sequential features;
    private final Sequential classifier;

    /** One block per {@code (numConvs, outChannels)} pair of {@code convArch}, for square inputs of that size. */
    public VGG(int[][] convArch, int imageSize) {
        int smallest = 1 << convArch.length;
        if (imageSize < smallest) {
            throw new IllegalArgumentException("VGG: a " + imageSize + "x" + imageSize + " input shrinks to nothing "
                    + "in " + convArch.length + " halvings; resize the images to at least " + smallest + "x" + smallest);
        }
        this.imageSize = imageSize;
        Module[] blocks = new Module[convArch.length];
        int in = 1;
        for (int i = 0; i < convArch.length; i++) {
            blocks[i] = block(convArch[i][0], in, convArch[i][1]);
            in = convArch[i][1];
        }
        int side = imageSize >> convArch.length;
        features = registerModule("features", new Sequential(blocks));  // VGG-11 at 224: 64 x 112 x 112, 128 x 56 x 56,
        classifier = registerModule("classifier", new Sequential(       // 256 x 28 x 28, 512 x 14 x 14, 512 x 7 x 7
                new Flatten(),
                new Linear(in * side * side, 4096), new ReLU(), new Dropout(0.5),
                new Linear(4096, 4096), new ReLU(), new Dropout(0.5),
                new Linear(4096, 10)));
    }

    /** VGG-11 with the published widths. */
    public static VGG vgg11(int imageSize) {
        return vgg11(imageSize, 1);
    }

    /** VGG-11 with every block's channels divided by {@code ratio} (d2l's {@code small_conv_arch}). */
    public static VGG vgg11(int imageSize, int ratio) {
        int[][] arch = new int[VGG_11.length][];
        for (int i = 0; i < arch.length; i++) {
            arch[i] = new int[] {VGG_11[i][0], ChannelRatio.divide("VGG", VGG_11[i][1], ratio)};
        }
        return new VGG(arch, imageSize);
    }

    /** d2l's {@code vgg_block}: {@code numConvs} 3x3 convolutions with ReLU, then a 2x2 max pooling. */
    private static Sequential block(int numConvs, int in, int out) {
        Module[] layers = new Module[2 * numConvs + 1];
        for (int i = 0; i < numConvs; i++) {
            layers[2 * i] = new Conv2d(i == 0 ? in : out, out, 3, 1, 1);
            layers[2 * i + 1] = new ReLU();
        }
        layers[2 * numConvs] = new MaxPool2d(2, 2);
        return new Sequential(layers);
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() != 4 || x.size(2) != imageSize || x.size(3) != imageSize) {
            throw wrongInput("[N, 1, " + imageSize + ", " + imageSize + "] (the size its classifier was built for)", x);
        }
        return classifier.forward(features.forward(x));
    }
}
