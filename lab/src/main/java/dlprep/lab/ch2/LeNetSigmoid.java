package dlprep.lab.ch2;

import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.SGD;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;
import dlprep.models.LeNet;

import java.util.Map;

/**
 * LeNet as in Dive into Deep Learning 6.6 (sigmoid, average pooling) with its settings: Xavier-uniform
 * weights ({@link WeightInit#xavier}), SGD lr 0.9, batch 256.
 */
public final class LeNetSigmoid implements Experiment {

    @Override
    public String id() {
        return "lenet";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "LeNet (sigmoid, average pooling) on Fashion-MNIST with SGD";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.9, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        LeNet net = WeightInit.xavier(LeNet.sigmoidAvgPool());
        return FashionMnistLoaders.fit(p, net, new CrossEntropyLoss(), new SGD(net.parameters(), p.lr()), listener);
    }
}
