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
 * The modern LeNet (ReLU, max pooling) with the layout of Dive into Deep Learning 6.6, trained as there:
 * Xavier-uniform weights ({@link XavierWeights}), SGD lr 0.1, batch 256 (ReLU passes larger gradients than
 * sigmoid, so the sigmoid network's lr 0.9 would be too large).
 */
public final class LeNetModern implements Experiment {

    @Override
    public String id() {
        return "lenet-modern";
    }

    @Override
    public String chapter() {
        return Chapter2.NAME;
    }

    @Override
    public String description() {
        return "LeNet with ReLU and max pooling on Fashion-MNIST with SGD";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.1, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        LeNet net = XavierWeights.apply(LeNet.reluMaxPool());
        return FashionMnistLoaders.fit(p, net, new CrossEntropyLoss(), new SGD(net.parameters(), p.lr()), listener);
    }
}
