package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Tensor;

/** How a loss turns the per-element losses l_n into its result: PyTorch's {@code reduction} argument. */
public enum Reduction {
    /** The average of the l_n (the default). Losses with class weights divide by the summed weights instead. */
    MEAN,
    /** The total of the l_n, so the gradient grows with the batch size. */
    SUM,
    /** No reduction: the per-element losses themselves. */
    NONE;

    /** This reduction of unweighted per-element losses (the mean of no elements is NaN, as in PyTorch). */
    public Tensor apply(Tensor losses) {
        return switch (this) {
            case MEAN -> losses.mean();
            case SUM -> losses.sum();
            case NONE -> losses;
        };
    }
}
