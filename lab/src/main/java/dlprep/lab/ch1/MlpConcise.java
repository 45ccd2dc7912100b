package dlprep.lab.ch1;

import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Init;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.SGD;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;

import java.util.Map;

/** The same MLP with the library (Dive into Deep Learning 4.3): Flatten, Linear, ReLU, Linear; SGD. */
public final class MlpConcise implements Experiment {

    @Override
    public String id() {
        return "mlp-concise";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "MLP 784-256-10 on Fashion-MNIST with nn layers, CrossEntropyLoss and SGD";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.1, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        Linear hidden = new Linear(784, 256);
        Linear out = new Linear(256, 10);
        Init.normal(hidden.weight(), 0, 0.01);
        Init.normal(out.weight(), 0, 0.01);
        Sequential net = new Sequential(new Flatten(), hidden, new ReLU(), out);
        return FashionMnistLoaders.fit(p, net, new CrossEntropyLoss(), new SGD(net.parameters(), p.lr()), listener);
    }
}
