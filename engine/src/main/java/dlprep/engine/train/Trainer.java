package dlprep.engine.train;

import dlprep.engine.autograd.Grad;
import dlprep.engine.data.Batch;
import dlprep.engine.data.DataLoader;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.loss.Loss;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The training loop every experiment uses (Dive into Deep Learning's {@code train_ch3}, generalised):
 * for each epoch, a training phase (forward, loss, backward, optimizer step per mini-batch) and an
 * evaluation phase without gradients, reporting a {@link TrainingEvent} per step and per epoch.
 * Optionally it writes a checkpoint after every epoch (atomically) and resumes from one.
 */
public final class Trainer {

    /** What to train and how long. {@code checkpoint} may be null; {@code classification} adds accuracy. */
    public record Config(int epochs, boolean classification, Path checkpoint) {
    }

    private final Module model;
    private final Loss loss;
    private final Optimizer optimizer;
    private final Config config;

    public Trainer(Module model, Loss loss, Optimizer optimizer, Config config) {
        this.model = model;
        this.loss = loss;
        this.optimizer = optimizer;
        this.config = config;
    }

    /**
     * Trains for the configured epochs (continuing after the last completed epoch of an existing
     * checkpoint) and returns the metrics of the final epoch.
     */
    public Map<String, Double> fit(DataLoader train, DataLoader test, ProgressListener listener) throws IOException {
        int first = 1;
        if (config.checkpoint() != null) {
            first = Checkpoint.resume(config.checkpoint(), model, optimizer) + 1;
        }
        int steps = train.numBatches();
        listener.onEvent(new TrainingEvent.Started(config.epochs(), steps));
        Map<String, Double> metrics = Map.of();
        for (int epoch = first; epoch <= config.epochs(); epoch++) {
            long t0 = System.nanoTime();
            Phase trainPhase = trainEpoch(epoch, train, listener, t0);
            Phase testPhase = evaluate(test);
            metrics = new LinkedHashMap<>();
            metrics.put("train_loss", trainPhase.meanLoss());
            if (config.classification()) {
                metrics.put("train_acc", trainPhase.accuracy());
            }
            metrics.put("test_loss", testPhase.meanLoss());
            if (config.classification()) {
                metrics.put("test_acc", testPhase.accuracy());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (config.checkpoint() != null) {
                Checkpoint.save(config.checkpoint(), model, optimizer, epoch);
            }
            listener.onEvent(new TrainingEvent.EpochEnded(epoch, config.epochs(), metrics, seconds));
        }
        return metrics;
    }

    private Phase trainEpoch(int epoch, DataLoader train, ProgressListener listener, long t0) {
        model.train();
        Phase phase = new Phase();
        int step = 0;
        for (Batch batch : train) {
            step++;
            optimizer.zeroGrad();
            Tensor out = model.forward(batch.x());
            Tensor l = loss.forward(out, batch.y());
            double value = l.item();
            if (!Double.isFinite(value)) {
                throw new TrainingDivergedException(epoch, step, value);
            }
            l.backward();
            optimizer.step();
            phase.add(value, out, batch.y(), config.classification());
            listener.onEvent(new TrainingEvent.Step(epoch, step, train.numBatches(), value,
                    (System.nanoTime() - t0) / 1e9));
        }
        return phase;
    }

    /** Mean loss (and accuracy) of the model on a data set, in evaluation mode and without gradients. */
    public Phase evaluate(DataLoader data) {
        model.eval();
        Phase phase = new Phase();
        try (Grad g = Grad.disabled()) {
            for (Batch batch : data) {
                Tensor out = model.forward(batch.x());
                phase.add(loss.forward(out, batch.y()).item(), out, batch.y(), config.classification());
            }
        }
        model.train();
        return phase;
    }

    /** Running totals of one pass over a data set: loss weighted by batch size, and correct predictions. */
    public static final class Phase {
        private double lossSum;
        private long correct;
        private long examples;

        void add(double batchMeanLoss, Tensor output, Tensor target, boolean classification) {
            int n = output.size(0);
            lossSum += batchMeanLoss * n;
            examples += n;
            if (classification) {
                correct += (long) output.argmax(1, false).eq(target).sum().item();
            }
        }

        public double meanLoss() {
            return lossSum / Math.max(1, examples);
        }

        public double accuracy() {
            return (double) correct / Math.max(1, examples);
        }
    }
}
