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
 * the resized set never exists in memory (60,000 images at 96x96 would take 2.2 GB).
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
        FashionMnistLoaders data = of(p, imageSize);
        Trainer trainer = new Trainer(model, loss, optimizer, new Trainer.Config(p.epochs(), true, null));
        return trainer.fit(data.train(), data.test(), listener);
    }

    public static FashionMnistLoaders of(Params p) throws IOException {
        return of(p, IMAGE_SIZE);
    }

    /** The loaders with every image resized (bilinear, as d2l's {@code transforms.Resize}) to {@code imageSize}. */
    public static FashionMnistLoaders of(Params p, int imageSize) throws IOException {
        TensorDataset train = FashionMnist.load(true);
        TensorDataset test = FashionMnist.load(false);
        int n = p.trainingExamples(train.size());
        if (n < train.size()) {
            train = new TensorDataset(train.features().narrow(0, 0, n), train.labels().narrow(0, 0, n));
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
