package dlprep.lab.ch1;

import dlprep.engine.nn.Module;
import dlprep.engine.nn.Parameter;
import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;

import java.util.Map;

/**
 * A multilayer perceptron from scratch (Dive into Deep Learning 4.2): 784 -> 256 hidden units with ReLU
 * written as max(x, 0) -> 10 scores; parameters from N(0, 0.01^2); SGD by hand.
 */
public final class MlpScratch implements Experiment {

    static final class Model extends Module {
        private final Parameter w1 = registerParameter("W1", Tensor.randn(784, 256).mul(0.01));
        private final Parameter b1 = registerParameter("b1", Tensor.zeros(256));
        private final Parameter w2 = registerParameter("W2", Tensor.randn(256, 10).mul(0.01));
        private final Parameter b2 = registerParameter("b2", Tensor.zeros(10));

        @Override
        public Tensor forward(Tensor x) {
            Tensor h = x.reshape(-1, 784).matmul(w1).add(b1);
            h = h.maximum(Tensor.zerosLike(h)); // ReLU, as its definition reads
            return h.matmul(w2).add(b2);
        }
    }

    @Override
    public String id() {
        return "mlp-scratch";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "MLP 784-256-10 with ReLU on Fashion-MNIST, parameters and SGD written out";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.1, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        Model model = new Model();
        return FashionMnistLoaders.fit(p, model, new CrossEntropyLoss(), new ScratchSgd(model.parameters(), p.lr()),
                listener);
    }
}
