package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.models.DilatedNet;

import java.util.Map;

/**
 * {@link DilatedNet} with 16 channels (a 31-pixel receptive field at full resolution, no pooling until the
 * end) trained as {@link ResNet18Training}, a short run: 3 epochs on the full training set. Every layer
 * works on all 784 positions, so 16 channels (about 6 million multiply-adds per image; 32 would be 22
 * million, against ResNet-18's 32) should keep 180,000 image-passes within 5 minutes (an estimate from
 * the multiply-adds, not yet timed).
 */
public final class DilatedNetTraining implements Experiment {

    @Override
    public String id() {
        return "dilated-net";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "Dilated convolutions 1, 2, 4, 8 at full 28x28 resolution (16 channels), a short run: 3 epochs";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.05, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        return SgdCosine.fit(p, new DilatedNet(16), listener);
    }
}
