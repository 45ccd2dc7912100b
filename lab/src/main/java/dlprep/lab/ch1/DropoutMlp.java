package dlprep.lab.ch1;

import dlprep.engine.nn.Dropout;
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

/**
 * Dropout on the MLP (Dive into Deep Learning 4.6): 784-256-256-10 with ReLU, inverted dropout 0.2 after the
 * first hidden layer and 0.5 after the second (nn.Dropout: active in training, the identity in evaluation),
 * weights from N(0, 0.01^2), CrossEntropyLoss and SGD with lr 0.5 on Fashion-MNIST.
 */
public final class DropoutMlp implements Experiment {

    static final double DROPOUT1 = 0.2;
    static final double DROPOUT2 = 0.5;

    @Override
    public String id() {
        return "dropout";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "MLP 784-256-256-10 with dropout 0.2 and 0.5 on Fashion-MNIST";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.5, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        Sequential net = net();
        return FashionMnistLoaders.fit(p, net, new CrossEntropyLoss(), new SGD(net.parameters(), p.lr()), listener);
    }

    /** The network, its weights drawn from the global generator. */
    static Sequential net() {
        Linear hidden1 = new Linear(784, 256);
        Linear hidden2 = new Linear(256, 256);
        Linear out = new Linear(256, 10);
        for (Linear layer : new Linear[] {hidden1, hidden2, out}) {
            Init.normal(layer.weight(), 0, 0.01);
        }
        return new Sequential(new Flatten(), hidden1, new ReLU(), new Dropout(DROPOUT1),
                hidden2, new ReLU(), new Dropout(DROPOUT2), out);
    }
}
