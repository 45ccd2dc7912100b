package dlprep.lab.ch1;

import dlprep.engine.autograd.Grad;
import dlprep.engine.data.Batch;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.nn.Parameter;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingDivergedException;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Params;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear regression from scratch (Dive into Deep Learning 3.2), as the original notebook's snippets: a
 * hand-written data iterator, parameters w ~ N(0, 0.01^2) and b = 0, the model X w + b, the squared loss
 * (y_hat - y)^2 / 2 and minibatch SGD on the gradients autograd computes. Each epoch reports the loss on
 * the whole training set, as the book prints it. A batch size above the number of examples gives one
 * batch of all of them (gradient descent).
 */
public final class LinearRegressionScratch implements Experiment {

    @Override
    public String id() {
        return "linreg-scratch";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "linear regression from scratch: own data iterator, parameters, squared loss, SGD on autograd";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.03, 10, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        TensorDataset data = LinearRegressionProblem.trainingSet(p);
        Tensor features = data.features();
        Tensor labels = data.labels();
        Parameter w = new Parameter(Tensor.randn(2, 1).mul(0.01));
        Parameter b = new Parameter(Tensor.zeros(1));
        ScratchSgd sgd = new ScratchSgd(List.of(w, b), p.lr());
        int steps = (data.size() + p.batchSize() - 1) / p.batchSize();
        listener.onEvent(new TrainingEvent.Started(p.epochs(), steps));
        Map<String, Double> metrics = Map.of();
        for (int epoch = 1; epoch <= p.epochs(); epoch++) {
            long t0 = System.nanoTime();
            int step = 0;
            for (Batch batch : dataIter(p.batchSize(), features, labels)) {
                step++;
                sgd.zeroGrad();
                Tensor l = squaredLoss(linreg(batch.x(), w, b), batch.y()).mean();
                double value = l.item();
                if (!Double.isFinite(value)) {
                    throw new TrainingDivergedException(epoch, step, value);
                }
                l.backward();
                sgd.step();
                listener.onEvent(new TrainingEvent.Step(epoch, step, steps, value, (System.nanoTime() - t0) / 1e9));
            }
            metrics = new LinkedHashMap<>();
            try (Grad g = Grad.disabled()) {
                metrics.put("train_loss", squaredLoss(linreg(features, w, b), labels).mean().item());
            }
            metrics.putAll(LinearRegressionProblem.errors("", w.toDoubleArray(), b.item()));
            listener.onEvent(new TrainingEvent.EpochEnded(epoch, p.epochs(), metrics, (System.nanoTime() - t0) / 1e9));
        }
        return metrics;
    }

    /**
     * The book's {@code data_iter}: the examples in a fresh random order, {@code batchSize} at a time (the
     * last batch may be smaller). A list stands in for Python's generator.
     */
    static List<Batch> dataIter(int batchSize, Tensor features, Tensor labels) {
        int n = features.size(0);
        float[] indices = new float[n]; // index tensors hold whole numbers as floats
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        Generator g = Generator.global();
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates, as random.shuffle
            int j = (int) g.integer(0, i + 1);
            float t = indices[i];
            indices[i] = indices[j];
            indices[j] = t;
        }
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < n; start += batchSize) {
            Tensor picked = Tensor.of(Arrays.copyOfRange(indices, start, Math.min(start + batchSize, n)));
            batches.add(new Batch(features.indexSelect(0, picked), labels.indexSelect(0, picked)));
        }
        return batches;
    }

    /** The model: X w + b. */
    static Tensor linreg(Tensor x, Tensor w, Tensor b) {
        return x.matmul(w).add(b);
    }

    /** Per-example squared loss (y_hat - y)^2 / 2; the half cancels the 2 of the derivative. */
    static Tensor squaredLoss(Tensor yHat, Tensor y) {
        return yHat.sub(y.reshape(yHat.shape())).square().div(2);
    }
}
