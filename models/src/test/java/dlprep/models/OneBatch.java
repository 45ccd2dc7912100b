package dlprep.models;

import dlprep.engine.data.FashionMnist;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.tensor.Tensor;

import java.io.IOException;

/**
 * The one-batch overfit check every model takes: a network that can learn at all drives the loss on a
 * tiny fixed batch well down. The batch is the first 16 images of the committed Fashion-MNIST subset
 * (the build points DLPREP_DATA at it).
 */
final class OneBatch {

    static final int SIZE = 16;

    private OneBatch() {
    }

    /** The loss on the batch before training and after {@code steps} steps of {@code optimizer} on it. */
    static double[] lossBeforeAndAfter(Module model, Optimizer optimizer, int steps) throws IOException {
        TensorDataset train = FashionMnist.load(true);
        Tensor x = train.features().narrow(0, 0, SIZE);
        Tensor y = train.labels().narrow(0, 0, SIZE);
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
