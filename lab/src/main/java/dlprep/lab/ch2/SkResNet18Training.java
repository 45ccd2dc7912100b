package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.models.ResNet;

import java.util.Map;

/**
 * SK-ResNet-18 ({@link ResNet#skResnet18}: a selective-kernel unit in place of each block's first
 * convolution) trained as {@link ResNet18Training}, a short run that shows the block trains: 2 epochs on
 * the first 30,000 training images. The two paths make the first convolution of every block twice as
 * expensive, about 48 instead of 32 million multiply-adds per image (in CPU time a step measured 1.5 times
 * a ResNet-18 step), so 60,000 image-passes cost what 90,000 of ResNet-18 do, well within 5 minutes.
 */
public final class SkResNet18Training implements Experiment {

    @Override
    public String id() {
        return "sk-resnet18";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "SK-ResNet-18 (28x28 stem), a short run: 2 epochs on 30,000 Fashion-MNIST images";
    }

    @Override
    public Params defaults() {
        return new Params(2, 0.05, 256, 0, 30000);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        return SgdCosine.fit(p, ResNet.skResnet18(), listener);
    }
}
