package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/**
 * A learnable tensor of a module: a leaf that requires a gradient, found by {@link Module#parameters()}.
 * Like PyTorch's {@code nn.Parameter} it is a tensor, so layers use it in ops directly; optimizers update
 * its storage in place.
 */
public final class Parameter extends Tensor {

    /** A parameter over the storage of {@code initial} (no copy). */
    public Parameter(Tensor initial) {
        super(initial.detach());
        requiresGrad(true);
    }
}
