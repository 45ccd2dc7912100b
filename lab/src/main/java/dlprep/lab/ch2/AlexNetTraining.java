package dlprep.lab.ch2;

import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.Adam;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;
import dlprep.models.AlexNet;

import java.util.Map;

/**
 * AlexNet (Dive into Deep Learning 7.1) on Fashion-MNIST, trained with d2l's Xavier-uniform weights
 * ({@link WeightInit#xavier}), batch 128; adapted to a 2-core CPU.
 *
 * <p>d2l resizes to 224x224, where one training image costs about 5.6 GFLOP (forward and backward, 3 x 2 x
 * 938 million multiply-adds): an epoch would take hours here. The budget: images resized to 96x96 (the
 * convolutions as published leave 256 x 1 x 1 features, see {@link AlexNet}), convolution channels divided
 * by 4 as d2l does for VGG ({@code alexnet-small}: 25 million multiply-adds per image, two thirds of them
 * in the 4096-unit layers), 3 epochs of the full training set. At the roughly 100 GFLOP/s this machine's
 * engine reaches on such layers when quiet that is about 95 s per epoch, 5 minutes per run (estimated from
 * operation counts and a few timed steps on a loaded machine, not measured on a quiet one).
 *
 * <p>Optimizer: Adam with lr 0.001, as the original chapter trains its GoogLeNet (and LeNet-BN), not d2l's
 * plain SGD. With so few epochs plain SGD ends on the chance plateau: measured with d2l's settings,
 * AlexNet-small at lr 0.01 stayed at test accuracy 0.10 for its first epoch (0.66 after 3), and VGG-small
 * at lr 0.05 at 0.10 after two; with Adam, VGG-small reached 0.65 after one epoch of 12,800 images.
 */
public final class AlexNetTraining implements Experiment {

    static final int IMAGE_SIZE = 96;
    static final int CHANNEL_RATIO = 4;

    @Override
    public String id() {
        return "alexnet";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "AlexNet with a quarter of the channels on Fashion-MNIST resized to 96x96, Adam, 3 epochs";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.001, 128, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        AlexNet net = WeightInit.xavier(new AlexNet(IMAGE_SIZE, CHANNEL_RATIO));
        return FashionMnistLoaders.fit(p, IMAGE_SIZE, net, new CrossEntropyLoss(), new Adam(net.parameters(), p.lr()),
                listener);
    }
}
