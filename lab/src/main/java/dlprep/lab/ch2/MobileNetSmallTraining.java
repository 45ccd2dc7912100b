package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.models.MobileNetSmall;

import java.util.Map;

/**
 * {@link MobileNetSmall} (six depthwise-separable convolutions) trained as {@link ResNet18Training}, a short
 * run: 3 epochs on the full training set. About 14 million multiply-adds per image, and the depthwise
 * layers are bound by memory rather than arithmetic, so a step should cost about half a ResNet-18 step
 * (an estimate from the multiply-adds, not yet timed) and 180,000 image-passes fit within 5 minutes.
 */
public final class MobileNetSmallTraining implements Experiment {

    @Override
    public String id() {
        return "mobilenet-small";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "MobileNet-style net of depthwise-separable convolutions, a short run: 3 epochs on Fashion-MNIST";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.05, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        return SgdCosine.fit(p, new MobileNetSmall(), listener);
    }
}
