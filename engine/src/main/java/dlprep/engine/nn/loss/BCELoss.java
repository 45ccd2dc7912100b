package dlprep.engine.nn.loss;

import dlprep.engine.ops.BinaryCrossEntropy;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Binary cross entropy of probabilities, as PyTorch's {@code BCELoss}:
 * {@code l_n = -w_n [y_n log x_n + (1 - y_n) log(1 - x_n)]}, each log clamped to at least -100 (see
 * {@link BinaryCrossEntropy}). Input and target have the same shape; x must lie in [0, 1], so the model
 * ends in a sigmoid. {@link BCEWithLogitsLoss} takes the logits instead and is the stabler choice.
 * The optional {@code weight} rescales each element and broadcasts to the input; the mean reduction is
 * the plain mean of the weighted losses.
 */
public final class BCELoss extends Loss {

    private final Tensor weight;

    public BCELoss() {
        this(null, Reduction.MEAN);
    }

    public BCELoss(Reduction reduction) {
        this(null, reduction);
    }

    public BCELoss(Tensor weight, Reduction reduction) {
        super(reduction);
        this.weight = weight;
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        checkSameShape(input, target);
        checkWeightFits("weight", weight, input);
        for (int i = 0; i < input.numel(); i++) {
            double p = input.getFlat(i);
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException(name() + ": input of shape " + Shape.str(input.shape()) + " holds "
                        + p + " at position " + i + "; it takes probabilities in [0, 1] (apply sigmoid first, "
                        + "or give the logits to BCEWithLogitsLoss)");
            }
        }
        Tensor loss = BinaryCrossEntropy.apply(input, target);
        return reduce(weight == null ? loss : loss.mul(weight));
    }
}
