package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Tensor;

/**
 * Binary cross entropy of logits, as PyTorch's {@code BCEWithLogitsLoss}: the {@link BCELoss} of
 * {@code sigmoid(x)}, without ever forming the sigmoid. Since {@code -log sigmoid(x) = softplus(-x)} and
 * {@code -log(1 - sigmoid(x)) = x + softplus(-x)},
 * <pre>    l_n = w_n [(1 - y_n) x_n + (1 + (p - 1) y_n) softplus(-x_n)]</pre>
 * with p the positive-class weight ({@code posWeight}, 1 by default). For p = 1 this is the textbook stable
 * form {@code max(x, 0) - x y + log(1 + exp(-|x|))}, since {@code softplus(-x) = max(-x, 0) + log(1 + exp(-|x|))};
 * writing it with the smooth softplus rather than max and |x| keeps the kinks of those two out of the
 * gradient at x = 0, which is {@code sigmoid(0) - y}. Nothing overflows for any logit.
 *
 * <p>{@code weight} rescales each element, {@code posWeight} the positive term of each class (a vector
 * over the last dimension, e.g. negatives / positives for an unbalanced class); both broadcast to the input.
 */
public final class BCEWithLogitsLoss extends Loss {

    private final Tensor weight;
    private final Tensor posWeight;

    public BCEWithLogitsLoss() {
        this(null, Reduction.MEAN, null);
    }

    public BCEWithLogitsLoss(Reduction reduction) {
        this(null, reduction, null);
    }

    /** All options, in PyTorch's argument order; {@code weight} and {@code posWeight} may be null. */
    public BCEWithLogitsLoss(Tensor weight, Reduction reduction, Tensor posWeight) {
        super(reduction);
        this.weight = weight;
        this.posWeight = posWeight;
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        checkSameShape(input, target);
        checkWeightFits("weight", weight, input);
        checkWeightFits("posWeight", posWeight, input);
        Tensor negLogSigmoid = input.neg().softplus(1);
        Tensor positive = posWeight == null ? negLogSigmoid : target.mul(posWeight.sub(1)).add(1).mul(negLogSigmoid);
        Tensor loss = target.rsub(1).mul(input).add(positive);
        return reduce(weight == null ? loss : loss.mul(weight));
    }
}
