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
 * LeNet with nn.BatchNorm2d/1d, trained as the original chapter does: Adam with lr 0.001 (its d2l source's
 * value; d2l's later SGD lr 1.0 would also work, batch norm tolerating large steps), batch 256.
 */
public final class LeNetBatchNormConcise implements Experiment {

    @Override
    public String id() {
        return "lenet-bn";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "LeNet with nn.BatchNorm2d/1d before each sigmoid on Fashion-MNIST with Adam";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.001, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        LeNetBatchNorm net = new LeNetBatchNorm();
        return FashionMnistLoaders.fit(p, net, new CrossEntropyLoss(), new Adam(net.parameters(), p.lr()), listener);
    }
}
