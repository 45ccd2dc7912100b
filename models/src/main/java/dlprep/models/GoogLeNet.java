package dlprep.models;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

/**
 * GoogLeNet (Szegedy et al., 2014) as in Dive into Deep Learning 7.4 and the original chapter, for
 * one-channel images and 10 classes: a stem of a 7x7 stride-2 convolution and a 1x1 + 3x3 pair, nine
 * {@link Inception} blocks in three stages (2, 5, 2), a 3x3 stride-2 max pooling (padding 1) after each
 * stage but the last, global average pooling and {@code Linear(1024, 10)}. Like d2l it leaves out the
 * paper's local response normalisation and its two auxiliary classifiers.
 *
 * <p>Every convolution and pooling is padded, so any input size works and global average pooling makes
 * the classifier independent of it: d2l trains at 96x96 (the stages end at 24, 12, 6 and 3 pixels), the
 * published network at 224x224 (7 pixels before the average). {@code ratio} divides every channel count,
 * including the 1024 averaged features ({@link ChannelRatio}).
 */
public final class GoogLeNet extends Module {

    private final int ratio;
    private final Sequential layers;

    /** The published widths. */
    public GoogLeNet() {
        this(1);
    }

    /** Every channel count divided by {@code ratio}. */
    public GoogLeNet(int ratio) {
        ChannelRatio.divide("GoogLeNet", 16, ratio); // the smallest width: a ratio that divides it divides all
        this.ratio = ratio;
        layers = registerModule("layers", new Sequential(                // shapes for a 96x96 input:
                new Sequential(new Conv2d(1, c(64), 7, 2, 3), new ReLU(),        // b1: 64 x 48 x 48
                        new MaxPool2d(3, 2, 1, false)),                          //     -> 24 x 24
                new Sequential(new Conv2d(c(64), c(64), 1), new ReLU(),          // b2: 64 x 24 x 24
                        new Conv2d(c(64), c(192), 3, 1, 1), new ReLU(),          //     192 x 24 x 24
                        new MaxPool2d(3, 2, 1, false)),                          //     -> 12 x 12
                new Sequential(inception(192, 64, 96, 128, 16, 32, 32),          // b3: 256 x 12 x 12
                        inception(256, 128, 128, 192, 32, 96, 64),               //     480 x 12 x 12
                        new MaxPool2d(3, 2, 1, false)),                          //     -> 6 x 6
                new Sequential(inception(480, 192, 96, 208, 16, 48, 64),         // b4: 512 x 6 x 6
                        inception(512, 160, 112, 224, 24, 64, 64),               //     512
                        inception(512, 128, 128, 256, 24, 64, 64),               //     512
                        inception(512, 112, 144, 288, 32, 64, 64),               //     528
                        inception(528, 256, 160, 320, 32, 128, 128),             //     832 x 6 x 6
                        new MaxPool2d(3, 2, 1, false)),                          //     -> 3 x 3
                new Sequential(inception(832, 256, 160, 320, 32, 128, 128),      // b5: 832 x 3 x 3
                        inception(832, 384, 192, 384, 48, 128, 128),             //     1024 x 3 x 3
                        new AdaptiveAvgPool2d(1), new Flatten()),                //     1024
                new Linear(c(1024), 10)));
    }

    /** A published channel count at this network's ratio. */
    private int c(int channels) {
        return channels / ratio;
    }

    /** An Inception block with d2l's published arguments, every one divided by the ratio. */
    private Inception inception(int in, int c1, int c2reduce, int c2, int c3reduce, int c3, int c4) {
        return new Inception(c(in), c(c1), new int[] {c(c2reduce), c(c2)}, new int[] {c(c3reduce), c(c3)}, c(c4));
    }

    @Override
    public Tensor forward(Tensor x) {
        return layers.forward(x);
    }
}
