package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Negative log-likelihood of class indices given log-probabilities, as PyTorch's {@code NLLLoss}:
 * {@code l_n = -w[y_n] * x[n, y_n]}, where x is usually {@code logSoftmax(1)} of the logits (that pair is
 * {@link CrossEntropyLoss}). Input {@code [N, C]} or {@code [N, C, d1, ...]} (per pixel, per token) or
 * {@code [C]}; target of the input's shape without the class dimension. The mean reduction is weighted:
 * {@code sum(l_n) / sum(w[y_n])}. Elements whose target equals {@code ignoreIndex} count for nothing.
 */
public final class NLLLoss extends Loss {

    /** PyTorch's default {@code ignore_index}: a value that is never a class. */
    public static final int DEFAULT_IGNORE_INDEX = -100;

    private final Tensor weight;
    private final int ignoreIndex;

    public NLLLoss() {
        this(null, DEFAULT_IGNORE_INDEX, Reduction.MEAN);
    }

    public NLLLoss(Reduction reduction) {
        this(null, DEFAULT_IGNORE_INDEX, reduction);
    }

    /** With a weight per class ({@code weight} a vector of C, or null), in PyTorch's argument order. */
    public NLLLoss(Tensor weight, int ignoreIndex, Reduction reduction) {
        super(reduction);
        this.weight = checkClassWeight(name(), weight);
        this.ignoreIndex = ignoreIndex;
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        ClassTargets t = ClassTargets.read(name(), input, target, weight, ignoreIndex);
        return t.reduce(t.pick(input).neg().mul(t.weights), reduction());
    }

    /** Class weights must be a vector (one weight per class), or null for none. */
    static Tensor checkClassWeight(String loss, Tensor weight) {
        if (weight != null && weight.dim() != 1) {
            throw new IllegalArgumentException(loss + ": weight must be a vector with one entry per class, got shape "
                    + Shape.str(weight.shape()));
        }
        return weight;
    }
}
