package dlprep.engine.data;

import dlprep.engine.tensor.Tensor;

/**
 * A mini-batch: the inputs of {@link #size()} examples stacked along a new first dimension in {@code x},
 * and their targets likewise in {@code y} (e.g. {@code x: [256, 1, 28, 28]}, {@code y: [256]}).
 */
public record Batch(Tensor x, Tensor y) {

    /** The number of examples in the batch. */
    public int size() {
        return x.size(0);
    }
}
