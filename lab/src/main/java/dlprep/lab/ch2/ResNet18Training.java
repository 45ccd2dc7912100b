package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.models.ResNet;

import java.util.Map;

/**
 * ResNet-18 with the stem adapted to 28x28 ({@link ResNet}: the stages run at 7, 4, 2 and 1 pixels) on the
 * full Fashion-MNIST, batch 256 and 10 epochs as in Dive into Deep Learning 7.6, trained with {@link
 * SgdCosine} at lr 0.05 (d2l's lr; plain SGD there). Issue target: test accuracy 0.91. Budget: about 32
 * million multiply-adds per image forward, so at the speed target of 0.09 s per 64-image step an epoch
 * takes about 1.5 minutes and the run about 15, the one run of the chapter allowed that long.
 */
public final class ResNet18Training implements Experiment {

    @Override
    public String id() {
        return "resnet18";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "ResNet-18 (stem adapted to 28x28) on Fashion-MNIST, SGD momentum + cosine lr, 10 epochs";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.05, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        return SgdCosine.fit(p, ResNet.resnet18(), listener);
    }
}
