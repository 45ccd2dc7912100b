package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.models.DenseNet;

import java.util.Map;

/**
 * DenseNet of Dive into Deep Learning 7.7 with the stem adapted to 28x28 ({@link DenseNet#smallImage}: the
 * blocks run at 14, 7, 3 and 1 pixels instead of d2l's 24 to 3 at a 96x96 resize), at d2l's lr 0.1 with
 * {@link SgdCosine}. About 40 million multiply-adds per image, most of them in the first dense block at
 * 14x14, and every convolution re-reads the growing concatenation: in wall time on a loaded machine a
 * step measured 2.3 times a ResNet-18 step. The 5-minute budget (a third of ResNet-18's 15 minutes for
 * 600,000 image-passes) thus allows about 80,000 image-passes: 3 epochs on the first 25,000 images.
 */
public final class DenseNetTraining implements Experiment {

    @Override
    public String id() {
        return "densenet";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "DenseNet (d2l 7.7, stem adapted to 28x28) on 25,000 Fashion-MNIST images, 3 epochs (a 5-minute budget)";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.1, 256, 0, 25000);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        return SgdCosine.fit(p, DenseNet.smallImage(), listener);
    }
}
