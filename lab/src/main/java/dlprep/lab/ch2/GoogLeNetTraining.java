package dlprep.lab.ch2;

import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.Adam;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;
import dlprep.models.GoogLeNet;

import java.util.Map;

/**
 * GoogLeNet (Dive into Deep Learning 7.4) on Fashion-MNIST, trained with d2l's Xavier-uniform weights
 * ({@link WeightInit#xavier}), batch 128; adapted to a 2-core CPU.
 *
 * <p>d2l resizes to 96x96: 276 million multiply-adds per image, and nine Inception blocks of many small
 * layers that run well below the engine's peak; an epoch would take most of an hour here. The budget:
 * images resized to 64x64 (the stages end at 16, 8, 4 and 2 pixels before the global average), every
 * channel count divided by 4 (8 million multiply-adds per image), 2 epochs of the full training set. A few
 * steps timed on a loaded machine put a step at about three times AlexNet-small's per image, so about
 * 100 s per epoch and 4 minutes per run when the machine is quiet (an estimate, not a measurement).
 *
 * <p>Optimizer: Adam with lr 0.001, as the original chapter trains its GoogLeNet (and LeNet-BN), not d2l's
 * plain SGD. With so few epochs plain SGD ends on the chance plateau: measured with d2l's settings,
 * AlexNet-small at lr 0.01 stayed at test accuracy 0.10 for its first epoch (0.66 after 3), and VGG-small
 * at lr 0.05 at 0.10 after two; with Adam, VGG-small reached 0.65 after one epoch of 12,800 images.
 */
public final class GoogLeNetTraining implements Experiment {

    static final int IMAGE_SIZE = 64;
    static final int CHANNEL_RATIO = 4;

    @Override
    public String id() {
        return "googlenet";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "GoogLeNet with a quarter of the channels on Fashion-MNIST resized to 64x64, Adam, 2 epochs";
    }

    @Override
    public Params defaults() {
        return new Params(2, 0.001, 128, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        GoogLeNet net = WeightInit.xavier(new GoogLeNet(CHANNEL_RATIO));
        return FashionMnistLoaders.fit(p, IMAGE_SIZE, net, new CrossEntropyLoss(), new Adam(net.parameters(), p.lr()),
                listener);
    }
}
