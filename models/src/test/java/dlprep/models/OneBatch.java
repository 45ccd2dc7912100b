package dlprep.models;

import dlprep.engine.data.FashionMnist;
import dlprep.engine.data.Resize;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.tensor.Tensor;

import java.io.IOException;

/**
 * The one-batch overfit check every model takes: a network that can learn at all drives the loss on a
 * tiny fixed batch well down. The batch is the first 16 images of the committed Fashion-MNIST subset
 * (the build points DLPREP_DATA at it), resized for networks built for larger inputs.
 */
final class OneBatch {

    static final int SIZE = 16;

    private OneBatch() {
    }

    /** The loss on the batch before training and after {@code steps} steps of {@code optimizer} on it. */
    static double[] lossBeforeAndAfter(Module model, Optimizer optimizer, int steps) throws IOException {
        return lossBeforeAndAfter(model, optimizer, steps, 28);
    }

    /** The same with the images resized to {@code imageSize x imageSize}. */
    static double[] lossBeforeAndAfter(Module model, Optimizer optimizer, int steps, int imageSize)
            throws IOException {
        TensorDataset train = FashionMnist.load(true);
        Tensor x = train.features().narrow(0, 0, SIZE);
        Tensor y = train.labels().narrow(0, 0, SIZE);
        if (imageSize != x.size(2)) {
            Resize resize = new Resize(imageSize, imageSize);
            Tensor[] images = new Tensor[SIZE];
            for (int i = 0; i < SIZE; i++) {
                images[i] = resize.apply(x.select(0, i));
            }
            x = Tensor.stack(0, images);
        }
        CrossEntropyLoss loss = new CrossEntropyLoss();
        double first = Double.NaN;
        for (int i = 0; i < steps; i++) {
            optimizer.zeroGrad();
            Tensor l = loss.forward(model.forward(x), y);
            if (i == 0) {
                first = l.item();
            }
            l.backward();
            optimizer.step();
        }
        return new double[] {first, loss.forward(model.forward(x), y).item()};
    }
}
