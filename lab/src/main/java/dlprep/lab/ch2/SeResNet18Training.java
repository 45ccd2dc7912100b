package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.models.ResNet;

import java.util.Map;

/**
 * SE-ResNet-18 ({@link ResNet#seResnet18}: squeeze-and-excitation on F(X) in every block) trained as
 * {@link ResNet18Training}, but within a 5-minute budget: 3 epochs on the first 50,000 training images.
 * Timed against ResNet-18 on a loaded machine, a step costs about as much (the SE layers add 89,080
 * parameters and almost no multiply-adds, but a dozen small element-wise ops per block), so 150,000
 * image-passes take about a quarter of the 600,000 of ResNet-18's 15 minutes.
 */
public final class SeResNet18Training implements Experiment {

    @Override
    public String id() {
        return "se-resnet18";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "SE-ResNet-18 (28x28 stem) on 50,000 Fashion-MNIST images, 3 epochs (a 5-minute budget)";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.05, 256, 0, 50000);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        return SgdCosine.fit(p, ResNet.seResnet18(), listener);
    }
}
