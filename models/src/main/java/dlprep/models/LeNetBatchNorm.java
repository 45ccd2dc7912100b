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

import java.util.function.IntFunction;

/**
 * LeNet with batch normalisation, laid out as in the original chapter (and Dive into Deep Learning 7.5,
 * first edition): batch norm after each convolution and each hidden linear layer, before its sigmoid;
 * max pooling; the first convolution unpadded, so 28x28 shrinks to 16 x 4 x 4 = 256 features. Layers
 * keep PyTorch's default initialisation. The batch norm layers are nn.BatchNorm2d/1d unless a caller
 * supplies its own (the chapter's from-scratch version).
 */
public final class LeNetBatchNorm extends Module {

    private final Sequential layers;

    /** With nn.BatchNorm2d after the convolutions and nn.BatchNorm1d after the hidden linear layers. */
    public LeNetBatchNorm() {
        this(BatchNorm2d::new, BatchNorm1d::new);
    }

    /** With the given batch norm layers, each made from its number of channels or features. */
    public LeNetBatchNorm(IntFunction<? extends Module> convNorm, IntFunction<? extends Module> linearNorm) {
        layers = registerModule("layers", new Sequential(
                new Conv2d(1, 6, 5), convNorm.apply(6), new Sigmoid(), new MaxPool2d(2, 2),    // 6 x 24 x 24 -> 12 x 12
                new Conv2d(6, 16, 5), convNorm.apply(16), new Sigmoid(), new MaxPool2d(2, 2),  // 16 x 8 x 8 -> 4 x 4
                new Flatten(),
                new Linear(16 * 4 * 4, 120), linearNorm.apply(120), new Sigmoid(),
                new Linear(120, 84), linearNorm.apply(84), new Sigmoid(),
                new Linear(84, 10)));
    }

    @Override
    public Tensor forward(Tensor x) {
        return layers.forward(x);
    }
}
