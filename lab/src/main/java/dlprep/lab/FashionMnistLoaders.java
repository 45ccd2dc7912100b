package dlprep.lab;

import dlprep.engine.data.DataLoader;
import dlprep.engine.data.FashionMnist;
import dlprep.engine.data.Resize;
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
 * run's seed (its first {@code --limit} examples when given), the full test set in order, both optionally
 * resized for networks built for larger images (d2l's {@code load_data_fashion_mnist(batch_size, resize)}).
 * The resize is a transform the loader applies to each batch as it is assembled on the prefetch thread, so
 * the resized set never exists in memory (60,000 images at 96x96 would take 2.2 GB). Optionally both sets are
 * standardised once, before batching, with the mean and standard deviation of the training images (torchvision's
 * {@code Normalize} with the data's own statistics; as a per-image transform it cost a second per epoch).
 */
public record FashionMnistLoaders(DataLoader train, DataLoader test) {

    /** The side of Fashion-MNIST's images. */
    public static final int IMAGE_SIZE = 28;

    /** Trains a classifier on Fashion-MNIST with the shared loop and returns the final epoch's metrics. */
    public static Map<String, Double> fit(Params p, Module model, Loss loss, Optimizer optimizer,
                                          ProgressListener listener) throws IOException {
        return fit(p, IMAGE_SIZE, model, loss, optimizer, listener);
    }

    /** The same on images resized to {@code imageSize x imageSize}. */
    public static Map<String, Double> fit(Params p, int imageSize, Module model, Loss loss, Optimizer optimizer,
                                          ProgressListener listener) throws IOException {
        return fit(of(p, imageSize, false), p, model, loss, optimizer, listener);
    }

    /** The same at 28x28 on images standardised with the training set's mean and standard deviation. */
    public static Map<String, Double> fitStandardized(Params p, Module model, Loss loss, Optimizer optimizer,
                                                      ProgressListener listener) throws IOException {
        return fit(of(p, IMAGE_SIZE, true), p, model, loss, optimizer, listener);
    }

    private static Map<String, Double> fit(FashionMnistLoaders data, Params p, Module model, Loss loss,
                                           Optimizer optimizer, ProgressListener listener) throws IOException {
        Trainer trainer = new Trainer(model, loss, optimizer, new Trainer.Config(p.epochs(), true, null));
        return trainer.fit(data.train(), data.test(), listener);
    }

    public static FashionMnistLoaders of(Params p) throws IOException {
        return of(p, IMAGE_SIZE, false);
    }

    /**
     * The loaders with every image resized (bilinear, as d2l's {@code transforms.Resize}) to {@code imageSize},
     * and with both sets standardised by the mean and standard deviation of the training images used (after
     * {@code --limit}) when {@code standardize} is set.
     */
    public static FashionMnistLoaders of(Params p, int imageSize, boolean standardize) throws IOException {
        TensorDataset train = FashionMnist.load(true);
        TensorDataset test = FashionMnist.load(false);
        int n = p.trainingExamples(train.size());
        if (n < train.size()) {
            train = new TensorDataset(train.features().narrow(0, 0, n), train.labels().narrow(0, 0, n));
        }
        if (standardize) {
            double mean = train.features().mean().item();
            double std = train.features().std().item();
            train = new TensorDataset(train.features().sub(mean).div(std), train.labels());
            test = new TensorDataset(test.features().sub(mean).div(std), test.labels());
        }
        DataLoader.Builder trainLoader = DataLoader.builder(train).batchSize(p.batchSize()).shuffle(true).seed(p.seed());
        DataLoader.Builder testLoader = DataLoader.builder(test).batchSize(p.batchSize());
        if (imageSize != IMAGE_SIZE) {
            Resize resize = new Resize(imageSize, imageSize);
            trainLoader.transform(resize);
            testLoader.transform(resize);
        }
        return new FashionMnistLoaders(trainLoader.build(), testLoader.build());
    }
}
