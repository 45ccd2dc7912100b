package dlprep.lab;

import dlprep.engine.data.DataLoader;
import dlprep.engine.data.FashionMnist;
import dlprep.engine.data.TensorDataset;

import dlprep.engine.nn.Module;
import dlprep.engine.nn.loss.Loss;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.Trainer;

import java.io.IOException;
import java.util.Map;

/**
 * The train and test loaders the Fashion-MNIST experiments share: the training set shuffled with the
 * run's seed (its first {@code --limit} examples when given), the full test set in order.
 */
public record FashionMnistLoaders(DataLoader train, DataLoader test) {

    /** Trains a classifier on Fashion-MNIST with the shared loop and returns the final epoch's metrics. */
    public static Map<String, Double> fit(Params p, Module model, Loss loss, Optimizer optimizer,
                                          ProgressListener listener) throws IOException {
        FashionMnistLoaders data = of(p);
        Trainer trainer = new Trainer(model, loss, optimizer, new Trainer.Config(p.epochs(), true, null));
        return trainer.fit(data.train(), data.test(), listener);
    }

    public static FashionMnistLoaders of(Params p) throws IOException {
        TensorDataset train = FashionMnist.load(true);
        TensorDataset test = FashionMnist.load(false);
        int n = p.trainingExamples(train.size());
        if (n < train.size()) {
            train = new TensorDataset(train.features().narrow(0, 0, n), train.labels().narrow(0, 0, n));
        }
        return new FashionMnistLoaders(
                DataLoader.builder(train).batchSize(p.batchSize()).shuffle(true).seed(p.seed()).build(),
                DataLoader.builder(test).batchSize(p.batchSize()).build());
    }
}
