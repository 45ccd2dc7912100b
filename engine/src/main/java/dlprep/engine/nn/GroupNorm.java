package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/**
 * Group normalisation (Wu and He, 2018), as PyTorch's {@code nn.GroupNorm}: the C channels of an input
 * [N, C, *] are split into {@code numGroups} groups of consecutive channels, and each sample's group is
 * normalised over its channels and positions, then scaled and shifted per channel. It does not depend on
 * the batch, so it works with batches of one; one group is layer norm over (C, *), C groups instance norm.
 */
public final class GroupNorm extends Module {

    private final int numGroups;
    private final int numChannels;
    private final double eps;
    private final boolean affine;

    public GroupNorm(int numGroups, int numChannels) {
        this(numGroups, numChannels, 1e-5, true);
    }

    public GroupNorm(int numGroups, int numChannels, double eps, boolean affine) {
        if (numGroups < 1 || numChannels < 1 || numChannels % numGroups != 0) {
            throw new IllegalArgumentException("GroupNorm: num_channels (" + numChannels
                    + ") must be a positive multiple of num_groups (" + numGroups + ")");
        }
        this.numGroups = numGroups;
        this.numChannels = numChannels;
        this.eps = eps;
        this.affine = affine;
        if (affine) {
            registerParameter("weight", Tensor.ones(numChannels));
            registerParameter("bias", Tensor.zeros(numChannels));
        }
    }

    /** The per-channel scale, or null without affine parameters. */
    public Tensor weight() {
        return affine ? getParameter("weight") : null;
    }

    /** The per-channel shift, or null without affine parameters. */
    public Tensor bias() {
        return affine ? getParameter("bias") : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() < 2 || x.size(1) != numChannels) {
            throw wrongInput("[N, " + numChannels + ", *]", x);
        }
        Tensor groups = x.reshape(x.size(0), numGroups, -1);
        Tensor y = LayerNorm.standardize(groups, new int[] {2}, eps).reshape(x.shape());
        int rank = x.dim();
        return affine ? y.mul(PerChannel.view(weight(), rank)).add(PerChannel.view(bias(), rank)) : y;
    }

    @Override
    protected String extraRepr() {
        return numGroups + ", " + numChannels + ", eps=" + Repr.number(eps) + ", affine=" + affine;
    }
}
