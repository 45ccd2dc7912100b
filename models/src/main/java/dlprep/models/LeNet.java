package dlprep.models;

import dlprep.engine.nn.AvgPool2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.nn.Sigmoid;
import dlprep.engine.tensor.Tensor;

import java.util.function.Supplier;

/**
 * LeNet-5 as in Dive into Deep Learning 6.6, for 1x28x28 images and 10 classes: two convolution blocks
 * (5x5 convolution, activation, 2x2 pooling; the first convolution padded by 2 so 28x28 stays 28x28 as
 * the paper's 32x32 input would) and three fully connected layers. {@link #sigmoidAvgPool()} is the 1998
 * network; {@link #reluMaxPool()} the modern variant with the same layout. Layers keep PyTorch's default
 * initialisation.
 */
public final class LeNet extends Module {

    private final Sequential layers;

    private LeNet(Supplier<Module> activation, Supplier<Module> pool) {
        layers = registerModule("layers", new Sequential(
                new Conv2d(1, 6, 5, 1, 2), activation.get(), pool.get(),    // 6 x 28 x 28 -> 6 x 14 x 14
                new Conv2d(6, 16, 5), activation.get(), pool.get(),          // 16 x 10 x 10 -> 16 x 5 x 5
                new Flatten(),
                new Linear(16 * 5 * 5, 120), activation.get(),
                new Linear(120, 84), activation.get(),
                new Linear(84, 10)));
    }

    /** The original: sigmoid activations and average pooling. */
    public static LeNet sigmoidAvgPool() {
        return new LeNet(Sigmoid::new, () -> new AvgPool2d(2, 2));
    }

    /** The modern variant: ReLU activations and max pooling. */
    public static LeNet reluMaxPool() {
        return new LeNet(ReLU::new, () -> new MaxPool2d(2, 2));
    }

    @Override
    public Tensor forward(Tensor x) {
        return layers.forward(x);
    }
}
