package dlprep.lab.ch1;

import dlprep.engine.nn.Module;
import dlprep.engine.nn.Parameter;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;

import java.util.Map;

/**
 * Softmax regression from scratch (Dive into Deep Learning 3.6): o = xW + b, softmax written out as
 * exp(o) / sum(exp(o)), cross-entropy as -log of the true class's probability, and the SGD update by hand.
 */
public final class SoftmaxScratch implements Experiment {

    /** The model: one affine map to 10 scores, then the softmax as its definition reads. */
    static final class Model extends Module {
        private final Parameter w = registerParameter("W", Tensor.randn(784, 10).mul(0.01));
        private final Parameter b = registerParameter("b", Tensor.zeros(10));

        @Override
        public Tensor forward(Tensor x) {
            Tensor o = x.reshape(-1, 784).matmul(w).add(b);
            Tensor e = o.exp(); // naive on purpose: the scores stay small here (the note shows why and when not)
            return e.div(e.sum(1, true));
        }
    }

    @Override
    public String id() {
        return "softmax-scratch";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "softmax regression on Fashion-MNIST, every piece written out (model, softmax, loss, SGD)";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.1, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        Model model = new Model();
        return FashionMnistLoaders.fit(p, model, new ScratchCrossEntropy(), new ScratchSgd(model.parameters(), p.lr()),
                listener);
    }
}
