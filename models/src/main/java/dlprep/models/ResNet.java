package dlprep.models;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * ResNet (He et al. 2016; Dive into Deep Learning 7.6): a stem, four stages of residual blocks with 64,
 * 128, 256 and 512 channels (times {@link Bottleneck#EXPANSION} for bottleneck blocks), each stage after
 * the first halving the size with a stride-2 first block, then global average pooling and one linear layer.
 * ResNet-18 has 2 basic {@link Residual} blocks per stage, ResNet-50 has 3, 4, 6 and 3 {@link Bottleneck}s.
 *
 * <p>Two stems. The published ImageNet stem (7x7 convolution stride 2, batch norm, ReLU, 3x3 max pool
 * stride 2) divides a 224x224 image by 4, so the first stage works at 56x56. The Fashion-MNIST stem is
 * adapted: a 3x3 convolution with stride 2 (a 7x7 filter is as wide as a quarter of a 28x28 image) and the
 * same max pool bring 28x28 to 14x14 and then 7x7. A 7x7 first stage keeps ResNet-18 at about 32 million
 * multiply-adds per image, the budget of 0.09 s per training step of 64 images on two cores; starting the
 * stages at 14x14 would cost 122 million, four times as much. The stages then run at 7, 4, 2 and 1 pixels.
 * The variants {@link #seResnet18}, {@link #skResnet18} and {@link #cbamResnet18} put attention into
 * every block of the adapted ResNet-18.
 */
public final class ResNet extends Module {

    /**
     * Makes one block, with the arguments of d2l's {@code Residual(in, channels, use_1x1conv, strides)};
     * {@code channels} is the block's width: its output for a basic block, a quarter of it for a bottleneck.
     */
    @FunctionalInterface
    public interface Block {
        Module create(int inChannels, int channels, boolean use1x1conv, int stride);
    }

    private static final int[] RESNET18 = {2, 2, 2, 2};
    private static final int[] RESNET50 = {3, 4, 6, 3};

    private final Sequential stem;
    private final Sequential stages;
    private final Sequential head;

    private ResNet(Sequential stem, int[] blocksPerStage, Block block, int expansion, int numClasses) {
        this.stem = registerModule("stem", stem);                      // 64 x H/4 x W/4
        Module[] stage = new Module[blocksPerStage.length];
        int in = 64;
        for (int s = 0; s < stage.length; s++) {                        // 64, 128, 256, 512 (x expansion)
            int channels = 64 << s;
            Module[] blocks = new Module[blocksPerStage[s]];
            for (int b = 0; b < blocks.length; b++) {
                int stride = b == 0 && s > 0 ? 2 : 1;
                blocks[b] = block.create(in, channels, stride != 1 || in != channels * expansion, stride);
                in = channels * expansion;
            }
            stage[s] = new Sequential(blocks);
        }
        this.stages = registerModule("stages", new Sequential(stage));
        this.head = registerModule("head", new Sequential(
                new AdaptiveAvgPool2d(1), new Flatten(), new Linear(in, numClasses)));
    }

    /** ResNet-18 with the 28x28 stem, for 1x28x28 images and 10 classes. */
    public static ResNet resnet18() {
        return resnet18(Residual::new);
    }

    /** ResNet-18 with the published ImageNet stem. */
    public static ResNet resnet18ImageNet(int inChannels, int numClasses) {
        return new ResNet(imageNetStem(inChannels), RESNET18, Residual::new, 1, numClasses);
    }

    /** ResNet-50 with the 28x28 stem, for 1x28x28 images and 10 classes. */
    public static ResNet resnet50() {
        return new ResNet(smallImageStem(1), RESNET50, Bottleneck::new, Bottleneck.EXPANSION, 10);
    }

    /** ResNet-50 with the published ImageNet stem. */
    public static ResNet resnet50ImageNet(int inChannels, int numClasses) {
        return new ResNet(imageNetStem(inChannels), RESNET50, Bottleneck::new, Bottleneck.EXPANSION, numClasses);
    }

    /** SE-ResNet-18 (Hu et al. 2018): squeeze-and-excitation with r = 16 on F(X) in every block. */
    public static ResNet seResnet18() {
        return resnet18((in, c, proj, stride) -> new Residual(in, c, proj, stride, new SqueezeExcitation(c, 16)));
    }

    /** SK-ResNet-18: a selective-kernel unit in place of each block's first 3x3 convolution. */
    public static ResNet skResnet18() {
        return resnet18(Residual::selectiveKernel);
    }

    /** CBAM-ResNet-18 (Woo et al. 2018): channel then spatial attention on F(X) in every block. */
    public static ResNet cbamResnet18() {
        return resnet18((in, c, proj, stride) -> new Residual(in, c, proj, stride, new Cbam(c, 16)));
    }

    /** ResNet-18 with the 28x28 stem and {@code block} as its block, for 1x28x28 images and 10 classes. */
    public static ResNet resnet18(Block block) {
        return new ResNet(smallImageStem(1), RESNET18, block, 1, 10);
    }

    /** 7x7 convolution stride 2, batch norm, ReLU, 3x3 max pool stride 2: 224x224 becomes 56x56. */
    private static Sequential imageNetStem(int inChannels) {
        return new Sequential(new Conv2d(inChannels, 64, 7, 2, 3, 1, 1, false), new BatchNorm2d(64), new ReLU(),
                new MaxPool2d(3, 2, 1, false));
    }

    /** 3x3 convolution stride 2, batch norm, ReLU, 3x3 max pool stride 2: 28x28 becomes 14x14, then 7x7. */
    private static Sequential smallImageStem(int inChannels) {
        return new Sequential(new Conv2d(inChannels, 64, 3, 2, 1, 1, 1, false), new BatchNorm2d(64), new ReLU(),
                new MaxPool2d(3, 2, 1, false));
    }

    @Override
    public Tensor forward(Tensor x) {
        return head.forward(stages.forward(stem.forward(x)));
    }
}
