package dlprep.models;

import dlprep.engine.nn.BatchNorm1d;
import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.Sequential;
import dlprep.engine.nn.Sigmoid;
import dlprep.engine.tensor.Tensor;

/**
 * LeNet with batch normalisation, laid out as in the original chapter (and Dive into Deep Learning 7.5,
 * first edition): batch norm after each convolution and each hidden linear layer, before its sigmoid;
 * max pooling; the first convolution unpadded, so 28x28 shrinks to 16 x 4 x 4 = 256 features. Layers
 * keep PyTorch's default initialisation.
 */
public final class LeNetBatchNorm extends Module {

    private final Sequential layers = registerModule("layers", new Sequential(
            new Conv2d(1, 6, 5), new BatchNorm2d(6), new Sigmoid(), new MaxPool2d(2, 2),    // 6 x 24 x 24 -> 12 x 12
            new Conv2d(6, 16, 5), new BatchNorm2d(16), new Sigmoid(), new MaxPool2d(2, 2),  // 16 x 8 x 8 -> 4 x 4
            new Flatten(),
            new Linear(16 * 4 * 4, 120), new BatchNorm1d(120), new Sigmoid(),
            new Linear(120, 84), new BatchNorm1d(84), new Sigmoid(),
            new Linear(84, 10)));

    @Override
    public Tensor forward(Tensor x) {
        return layers.forward(x);
    }
}
