package dlprep.lab.ch2;

import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.Adam;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;
import dlprep.models.NiN;

import java.util.Map;

/**
 * NiN (Dive into Deep Learning 7.3) on Fashion-MNIST, trained with d2l's Xavier-uniform weights
 * ({@link WeightInit#xavier}), batch 128; adapted to a 2-core CPU.
 *
 * <p>d2l resizes to 224x224: 762 million multiply-adds per image, an epoch of hours here. The budget:
 * images resized to 96x96 (NiN needs at least 67x67, see {@link NiN}), the first three blocks' channels
 * halved (28 million multiply-adds per image), and 3 epochs of the first 40,000 training images. At the
 * roughly 100 GFLOP/s this machine's engine reaches on such layers when quiet that is about 75 s per
 * epoch, 4 minutes per run (estimated from operation counts and a few timed steps on a loaded machine, not
 * measured on a quiet one).
 *
 * <p>Optimizer: Adam with lr 0.001, as the original chapter trains its GoogLeNet (and LeNet-BN), not d2l's
 * plain SGD. With so few epochs plain SGD ends on the chance plateau: measured with d2l's settings,
 * AlexNet-small at lr 0.01 stayed at test accuracy 0.10 for its first epoch (0.66 after 3), and VGG-small
 * at lr 0.05 at 0.10 after two; with Adam, VGG-small reached 0.65 after one epoch of 12,800 images.
 */
public final class NiNTraining implements Experiment {

    static final int IMAGE_SIZE = 96;
    static final int CHANNEL_RATIO = 2;

    @Override
    public String id() {
        return "nin";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "NiN with half the channels on 40,000 Fashion-MNIST images resized to 96x96, Adam, 3 epochs";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.001, 128, 0, 40_000);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        NiN net = WeightInit.xavier(new NiN(CHANNEL_RATIO));
        return FashionMnistLoaders.fit(p, IMAGE_SIZE, net, new CrossEntropyLoss(), new Adam(net.parameters(), p.lr()),
                listener);
    }
}
