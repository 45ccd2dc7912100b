package dlprep.lab.ch1;

import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Init;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.Sequential;
import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.SGD;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;

import java.util.Map;

/**
 * Softmax regression with the library (Dive into Deep Learning 3.7): Flatten + Linear(784, 10) with weights
 * from N(0, 0.01^2), CrossEntropyLoss on the logits (stable: log-softmax inside), SGD.
 */
public final class SoftmaxConcise implements Experiment {

    @Override
    public String id() {
        return "softmax-concise";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "softmax regression on Fashion-MNIST with nn.Linear, CrossEntropyLoss and SGD";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.1, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        Linear linear = new Linear(784, 10);
        Init.normal(linear.weight(), 0, 0.01);
        Sequential net = new Sequential(new Flatten(), linear);
        return FashionMnistLoaders.fit(p, net, new CrossEntropyLoss(), new SGD(net.parameters(), p.lr()), listener);
    }
}
