package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Tensor;

/**
 * Huber loss, as PyTorch's {@code HuberLoss}: with d = x - y,
 * <pre>    l = 0.5 d^2                   if |d| &lt; delta
 *     l = delta (|d| - 0.5 delta)   otherwise</pre>
 * squared error for small errors and absolute error (slope delta) for large ones, so outliers cannot
 * dominate the gradient. Equal to delta times {@link SmoothL1Loss} with beta = delta.
 */
public final class HuberLoss extends Loss {

    private final double delta;

    public HuberLoss() {
        this(Reduction.MEAN, 1.0);
    }

    /** In PyTorch's argument order; {@code delta} must be positive. */
    public HuberLoss(Reduction reduction, double delta) {
        super(reduction);
        if (!(delta > 0)) {
            throw new IllegalArgumentException(name() + ": delta must be positive, got " + delta);
        }
        this.delta = delta;
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        checkSameShape(input, target);
        Tensor d = input.sub(target);
        Tensor absolute = d.abs();
        Tensor quadratic = d.square().mul(0.5);
        Tensor linear = absolute.sub(0.5 * delta).mul(delta);
        return reduce(Tensor.where(absolute.lt(delta), quadratic, linear));
    }
}
