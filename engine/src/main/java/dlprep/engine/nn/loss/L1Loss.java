package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Tensor;

/**
 * Mean absolute error, as PyTorch's {@code L1Loss}: {@code l_n = |x_n - y_n|}. Its gradient is the sign of
 * the error (0 where the error is 0), so outliers pull no harder than any other point.
 */
public final class L1Loss extends Loss {

    public L1Loss() {
        this(Reduction.MEAN);
    }

    public L1Loss(Reduction reduction) {
        super(reduction);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        checkSameShape(input, target);
        return reduce(input.sub(target).abs());
    }
}
