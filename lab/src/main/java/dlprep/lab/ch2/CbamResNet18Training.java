package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.models.ResNet;

import java.util.Map;

/**
 * CBAM-ResNet-18 ({@link ResNet#cbamResnet18}: channel then spatial attention on F(X) in every block)
 * trained as {@link ResNet18Training}, a short run that shows the block trains: 2 epochs on the first
 * 40,000 training images. CBAM adds few multiply-adds (its 7x7 spatial convolution has one output channel),
 * but its poolings and maps are many small ops: in CPU time a step measured 1.5 times a ResNet-18 step, so
 * 80,000 image-passes cost what 120,000 of ResNet-18 do, 3 of its 15 minutes.
 */
public final class CbamResNet18Training implements Experiment {

    @Override
    public String id() {
        return "cbam-resnet18";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "CBAM-ResNet-18 (28x28 stem), a short run: 2 epochs on 40,000 Fashion-MNIST images";
    }

    @Override
    public Params defaults() {
        return new Params(2, 0.05, 256, 0, 40000);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        return SgdCosine.fit(p, ResNet.cbamResnet18(), listener);
    }
}
