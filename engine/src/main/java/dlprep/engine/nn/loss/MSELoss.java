package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Tensor;

/** Mean squared error, as PyTorch's {@code MSELoss}: {@code l_n = (x_n - y_n)^2}; input and target of one shape. */
public final class MSELoss extends Loss {

    public MSELoss() {
        this(Reduction.MEAN);
    }

    public MSELoss(Reduction reduction) {
        super(reduction);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        checkSameShape(input, target);
        return reduce(input.sub(target).square());
    }
}
