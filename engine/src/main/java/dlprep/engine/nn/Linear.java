package dlprep.engine.nn;

import dlprep.engine.ops.Functional;
import dlprep.engine.tensor.Tensor;

/**
 * A fully connected layer, y = x W^T + b, as PyTorch's {@code nn.Linear}: the weight is
 * {@code [outFeatures, inFeatures]}, the bias {@code [outFeatures]}, and any leading dimensions of x are
 * batch dimensions. Both start from U(-1/sqrt(in), 1/sqrt(in)) ({@link Init#linearDefault}).
 */
public final class Linear extends Module {

    private final int inFeatures;
    private final int outFeatures;
    private final boolean bias;

    public Linear(int inFeatures, int outFeatures) {
        this(inFeatures, outFeatures, true);
    }

    public Linear(int inFeatures, int outFeatures, boolean bias) {
        if (inFeatures < 1 || outFeatures < 1) {
            throw new IllegalArgumentException("Linear: in_features and out_features must be positive, got "
                    + inFeatures + " and " + outFeatures);
        }
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        this.bias = bias;
        registerParameter("weight", Tensor.zeros(outFeatures, inFeatures));
        if (bias) {
            registerParameter("bias", Tensor.zeros(outFeatures));
        }
        resetParameters();
    }

    /** Draws the weight and bias again from PyTorch's default distribution. */
    public void resetParameters() {
        Init.linearDefault(weight(), bias());
    }

    public Tensor weight() {
        return getParameter("weight");
    }

    /** The bias, or null for a layer built without one. */
    public Tensor bias() {
        return bias ? getParameter("bias") : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() < 1 || x.size(-1) != inFeatures) {
            throw wrongInput("[*, " + inFeatures + "]", x);
        }
        return Functional.linear(x, weight(), bias());
    }

    @Override
    protected String extraRepr() {
        return "in_features=" + inFeatures + ", out_features=" + outFeatures + ", bias=" + bias;
    }
}
