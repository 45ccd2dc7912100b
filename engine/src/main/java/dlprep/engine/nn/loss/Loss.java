package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;
import java.util.Objects;

/**
 * A loss function, as PyTorch's losses in {@code torch.nn}: {@code forward(input, target)} gives the
 * per-element losses reduced by the loss's {@link Reduction}, and {@code backward()} on the result
 * trains the model. Each loss is written with tensor ops, so autograd supplies its gradient.
 *
 * <p>Unlike PyTorch a loss is not a {@code Module}: a module's forward takes one input, and a loss has
 * nothing to learn or save.
 */
public abstract class Loss {

    private final Reduction reduction;

    protected Loss(Reduction reduction) {
        this.reduction = Objects.requireNonNull(reduction, "reduction");
    }

    /** The loss of {@code input} (the model's output) against {@code target}. */
    public abstract Tensor forward(Tensor input, Tensor target);

    public final Reduction reduction() {
        return reduction;
    }

    /** Per-element losses reduced by this loss's reduction. */
    protected final Tensor reduce(Tensor losses) {
        return reduction.apply(losses);
    }

    /** The name used in error messages: the class name, which is PyTorch's. */
    protected final String name() {
        return getClass().getSimpleName();
    }

    /**
     * Elementwise losses compare input and target element by element, so their shapes must be equal.
     * (PyTorch's MSELoss only warns and broadcasts; a [N, 1] output against a [N] target then silently
     * becomes an [N, N] loss, which is the bug this check exists for.)
     */
    protected final void checkSameShape(Tensor input, Tensor target) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw new IllegalArgumentException(name() + ": target of shape " + Shape.str(target.shape())
                    + " does not match input of shape " + Shape.str(input.shape()) + "; they must be equal");
        }
    }

    /** Checks that an optional weight tensor ({@code what}) broadcasts to the input's shape without growing it. */
    protected final void checkWeightFits(String what, Tensor weight, Tensor input) {
        if (weight == null) {
            return;
        }
        int[] joint = Shape.broadcast(name(), weight.shape(), input.shape());
        if (!Arrays.equals(joint, input.shape())) {
            throw new IllegalArgumentException(name() + ": " + what + " of shape " + Shape.str(weight.shape())
                    + " does not broadcast to input of shape " + Shape.str(input.shape()));
        }
    }
}
