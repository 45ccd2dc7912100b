package dlprep.lab.ch2;

import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.Adam;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;
import dlprep.models.LeNetBatchNorm;

import java.util.Map;

/**
 * LeNet with the chapter's from-scratch batch normalisation ({@link ScratchBatchNorm}) in the layout of
 * {@link LeNetBatchNorm}, trained like its nn.BatchNorm twin {@code lenet-bn}: Adam lr 0.001, batch 256.
 * The test accuracy is measured in evaluation mode, so it exercises the moving-average path.
 */
public final class LeNetBatchNormScratch implements Experiment {

    @Override
    public String id() {
        return "lenet-bn-scratch";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "LeNet with batch normalisation written from scratch (training and inference paths), Adam";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.001, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        LeNetBatchNorm net = new LeNetBatchNorm(ScratchBatchNorm::conv, ScratchBatchNorm::fullyConnected);
        return FashionMnistLoaders.fit(p, net, new CrossEntropyLoss(), new Adam(net.parameters(), p.lr()), listener);
    }
}
