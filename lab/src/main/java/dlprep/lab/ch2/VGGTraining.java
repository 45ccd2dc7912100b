package dlprep.lab.ch2;

import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.Adam;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;
import dlprep.models.VGG;

import java.util.Map;

/**
 * VGG-11 with a quarter of the channels on Fashion-MNIST, as Dive into Deep Learning 7.2 builds it
 * ({@code small_conv_arch}, ratio 4): Xavier-uniform weights ({@link WeightInit#xavier}), batch 128; adapted
 * to a 2-core CPU.
 *
 * <p>d2l resizes to 224x224: 512 million multiply-adds per image for the small network, an epoch of hours
 * here. The budget: images resized to 32x32, the smallest input VGG's five halvings leave a pixel of (the
 * size VGG is commonly trained at on CIFAR-10; the classifier then takes 128 features, see {@link VGG}),
 * 27 million multiply-adds per image, two thirds in the 4096-unit layers, and 3 epochs of the full training
 * set. At the roughly 100 GFLOP/s this machine's engine reaches on such layers when quiet that is about
 * 100 s per epoch, 5 minutes per run (estimated from operation counts and a few timed steps on a loaded
 * machine, not measured on a quiet one).
 *
 * <p>Optimizer: Adam with lr 0.001, as the original chapter trains its GoogLeNet (and LeNet-BN), not d2l's
 * plain SGD. With so few epochs plain SGD ends on the chance plateau: measured with d2l's settings,
 * AlexNet-small at lr 0.01 stayed at test accuracy 0.10 for its first epoch (0.66 after 3), and VGG-small
 * at lr 0.05 at 0.10 after two; with Adam, VGG-small reached 0.65 after one epoch of 12,800 images.
 */
public final class VGGTraining implements Experiment {

    static final int IMAGE_SIZE = 32;
    static final int CHANNEL_RATIO = 4;

    @Override
    public String id() {
        return "vgg";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "VGG-11 with a quarter of the channels (d2l's small version) on Fashion-MNIST resized to 32x32, Adam, "
                + "3 epochs";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.001, 128, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        VGG net = WeightInit.xavier(VGG.vgg11(IMAGE_SIZE, CHANNEL_RATIO));
        return FashionMnistLoaders.fit(p, IMAGE_SIZE, net, new CrossEntropyLoss(), new Adam(net.parameters(), p.lr()),
                listener);
    }
}
