package dlprep.lab.ch1;

import dlprep.engine.autograd.Grad;
import dlprep.engine.data.Batch;
import dlprep.engine.data.DataLoader;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.loss.Loss;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingDivergedException;
import dlprep.engine.train.TrainingEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Trains several regression models together, one epoch of each in turn, so that their curves share one
 * time axis: every epoch ends with a single {@link TrainingEvent.EpochEnded} whose metrics hold each
 * model's loss on its whole training set and on the test set under the model's name
 * ({@code cubic_train_loss}, {@code cubic_test_loss}, {@code linear_train_loss}, ...), which the viewer
 * charts as curves. The losses are measured after the epoch, in evaluation mode, as Dive into Deep
 * Learning's {@code evaluate_loss} does.
 */
final class SideBySide {

    /**
     * One model of the comparison. Its optimizers together cover its parameters; more than one act as
     * PyTorch's parameter groups (e.g. weight decay on the weight but not on the bias).
     */
    record Fit(String name, Module model, List<Optimizer> optimizers, DataLoader train, TensorDataset trainSet,
               TensorDataset testSet) {
    }

    private SideBySide() {
    }

    /**
     * Trains every fit for {@code epochs} epochs and returns the last epoch's metrics. {@code extras} adds
     * metrics of each model by suffix (e.g. {@code "w_norm"} gives {@code wd3_w_norm}).
     */
    static Map<String, Double> train(List<Fit> fits, Loss loss, int epochs, Map<String, ToDoubleFunction<Module>> extras,
                                     ProgressListener listener) {
        listener.onEvent(new TrainingEvent.Started(epochs, 0));
        Map<String, Double> metrics = Map.of();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long t0 = System.nanoTime();
            metrics = new LinkedHashMap<>();
            for (Fit fit : fits) {
                trainEpoch(fit, loss, epoch);
                metrics.put(fit.name() + "_train_loss", meanLoss(fit.model(), loss, fit.trainSet()));
                metrics.put(fit.name() + "_test_loss", meanLoss(fit.model(), loss, fit.testSet()));
                for (Map.Entry<String, ToDoubleFunction<Module>> extra : extras.entrySet()) {
                    metrics.put(fit.name() + "_" + extra.getKey(), extra.getValue().applyAsDouble(fit.model()));
                }
            }
            listener.onEvent(new TrainingEvent.EpochEnded(epoch, epochs, metrics, (System.nanoTime() - t0) / 1e9));
        }
        return metrics;
    }

    private static void trainEpoch(Fit fit, Loss loss, int epoch) {
        fit.model().train();
        int step = 0;
        for (Batch batch : fit.train()) {
            step++;
            fit.optimizers().forEach(Optimizer::zeroGrad);
            Tensor l = loss.forward(fit.model().forward(batch.x()), batch.y());
            double value = l.item();
            if (!Double.isFinite(value)) {
                throw new TrainingDivergedException(epoch, step, value);
            }
            l.backward();
            fit.optimizers().forEach(Optimizer::step);
        }
    }

    /** The loss of the model on a whole data set in one batch, in evaluation mode and without gradients. */
    static double meanLoss(Module model, Loss loss, TensorDataset data) {
        model.eval();
        try (Grad g = Grad.disabled()) {
            return loss.forward(model.forward(data.features()), data.labels()).item();
        } finally {
            model.train();
        }
    }
}
