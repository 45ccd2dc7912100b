package dlprep.engine.nn;

import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Layer normalisation (Ba et al., 2016), as PyTorch's {@code nn.LayerNorm}: each sample is normalised over
 * its last dimensions, those of {@code normalizedShape}, with their own mean and (biased) variance,
 * y = (x - mean) / sqrt(var + eps) * weight + bias, with an elementwise weight and bias of
 * {@code normalizedShape} (starting at 1 and 0). No batch statistics are involved, so training and
 * evaluation agree, which is why transformers use it.
 */
public final class LayerNorm extends Module {

    private final int[] normalizedShape;
    private final double eps;
    private final boolean elementwiseAffine;

    public LayerNorm(int... normalizedShape) {
        this(normalizedShape, 1e-5, true);
    }

    public LayerNorm(int[] normalizedShape, double eps, boolean elementwiseAffine) {
        if (normalizedShape.length == 0 || Arrays.stream(normalizedShape).anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("LayerNorm: normalized_shape must be non-empty and positive, got "
                    + Shape.str(normalizedShape));
        }
        this.normalizedShape = normalizedShape.clone();
        this.eps = eps;
        this.elementwiseAffine = elementwiseAffine;
        if (elementwiseAffine) {
            registerParameter("weight", Tensor.ones(normalizedShape));
            registerParameter("bias", Tensor.zeros(normalizedShape));
        }
    }

    /** The elementwise scale, or null without affine parameters. */
    public Tensor weight() {
        return elementwiseAffine ? getParameter("weight") : null;
    }

    /** The elementwise shift, or null without affine parameters. */
    public Tensor bias() {
        return elementwiseAffine ? getParameter("bias") : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        int rank = x.dim();
        int k = normalizedShape.length;
        if (rank < k || !Arrays.equals(Arrays.copyOfRange(x.shape(), rank - k, rank), normalizedShape)) {
            throw wrongInput(Arrays.stream(normalizedShape).mapToObj(Integer::toString)
                    .collect(Collectors.joining(", ", "[*, ", "]")), x);
        }
        Tensor y = standardize(x, IntStream.range(rank - k, rank).toArray(), eps);
        return elementwiseAffine ? y.mul(weight()).add(bias()) : y;
    }

    /** (x - mean) / sqrt(var + eps) with the mean and biased variance taken over {@code dims}. */
    static Tensor standardize(Tensor x, int[] dims, double eps) {
        Tensor mean = x.mean(dims, true);
        Tensor var = x.var(dims, false, true);
        return x.sub(mean).div(var.add(eps).sqrt());
    }

    @Override
    protected String extraRepr() {
        return Repr.tuple(normalizedShape) + ", eps=" + Repr.number(eps) + ", elementwise_affine=" + elementwiseAffine;
    }
}
