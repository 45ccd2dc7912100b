package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * Cross entropy of class indices given logits, as PyTorch's {@code CrossEntropyLoss}: the negative log of
 * the softmax probability of the target class, {@code l_n = -w[y_n] log softmax(x_n)[y_n]}. It is computed
 * as {@code logSoftmax} followed by picking the target entry, and logSoftmax subtracts the row maximum first,
 * so large logits never overflow. Input {@code [N, C]}, {@code [N, C, d1, ...]} or {@code [C]}; target of
 * the input's shape without the class dimension.
 *
 * <p>Label smoothing {@code eps} (PyTorch 1.10+) trains against {@code (1 - eps) * onehot + eps / C}:
 * {@code l_n = (1 - eps) w[y_n] (-log p[y_n]) + (eps / C) sum_c w[c] (-log p[c])}. With class weights
 * the mean reduction divides by {@code sum(w[y_n])}, for both terms (as ATen's
 * {@code cross_entropy_loss_label_smoothing}). Elements whose target is {@code ignoreIndex} count for nothing.
 */
public final class CrossEntropyLoss extends Loss {

    private final Tensor weight;
    private final int ignoreIndex;
    private final double labelSmoothing;

    public CrossEntropyLoss() {
        this(null, NLLLoss.DEFAULT_IGNORE_INDEX, Reduction.MEAN, 0);
    }

    public CrossEntropyLoss(Reduction reduction) {
        this(null, NLLLoss.DEFAULT_IGNORE_INDEX, reduction, 0);
    }

    /**
     * All options, in PyTorch's argument order: {@code weight} a vector of C class weights or null,
     * {@code ignoreIndex} a target value to skip, {@code labelSmoothing} in [0, 1].
     */
    public CrossEntropyLoss(Tensor weight, int ignoreIndex, Reduction reduction, double labelSmoothing) {
        super(reduction);
        if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
            throw new IllegalArgumentException(name() + ": labelSmoothing must be in [0, 1], got " + labelSmoothing);
        }
        this.weight = NLLLoss.checkClassWeight(name(), weight);
        this.ignoreIndex = ignoreIndex;
        this.labelSmoothing = labelSmoothing;
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        ClassTargets t = ClassTargets.read(name(), input, target, weight, ignoreIndex);
        Tensor logProbs = input.logSoftmax(t.classDim);
        Tensor loss = t.pick(logProbs).neg().mul(t.weights);
        if (labelSmoothing > 0) {
            Tensor weighted = weight == null ? logProbs : logProbs.mul(alongClasses(weight, input.dim(), t.classDim));
            Tensor uniform = weighted.sum(t.classDim).neg().mul(t.kept);
            loss = loss.mul(1 - labelSmoothing).add(uniform.mul(labelSmoothing / t.numClasses));
        }
        return t.reduce(loss, reduction());
    }

    /** The class weights shaped {@code [1, C, 1, ...]} to broadcast against the input. */
    private static Tensor alongClasses(Tensor weight, int rank, int classDim) {
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        shape[classDim] = weight.numel();
        return weight.reshape(shape);
    }
}
