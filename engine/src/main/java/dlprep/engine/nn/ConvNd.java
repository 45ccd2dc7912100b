package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * What Conv2d and ConvTranspose2d share (PyTorch's {@code _ConvNd}): the hyper-parameters, a weight of
 * shape {@code [out, in/groups, kH, kW]} (transposed: {@code [in, out/groups, kH, kW]}) and bias
 * {@code [out]} drawn from PyTorch's default ({@link Init#linearDefault}), the input check and the printout.
 * Sizes are {@code {height, width}} pairs.
 */
abstract class ConvNd extends Module {

    private final int inChannels;
    private final int outChannels;
    private final int[] kernelSize;
    final int[] stride;
    final int[] padding;
    final int[] dilation;
    final int[] outputPadding;
    final int groups;
    private final boolean bias;

    ConvNd(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
           int[] outputPadding, int groups, boolean bias, boolean transposed) {
        String name = getClass().getSimpleName();
        if (inChannels < 1 || outChannels < 1 || groups < 1) {
            throw new IllegalArgumentException(name + ": in_channels, out_channels and groups must be positive, got "
                    + inChannels + ", " + outChannels + " and " + groups);
        }
        if (inChannels % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException(name + ": in_channels (" + inChannels + ") and out_channels ("
                    + outChannels + ") must both be divisible by groups (" + groups + ")");
        }
        this.kernelSize = pair(name, "kernel_size", kernelSize, 1);
        this.stride = pair(name, "stride", stride, 1);
        this.padding = pair(name, "padding", padding, 0);
        this.dilation = pair(name, "dilation", dilation, 1);
        this.outputPadding = pair(name, "output_padding", outputPadding, 0);
        for (int i = 0; i < 2; i++) {
            if (this.outputPadding[i] >= this.stride[i]) {
                throw new IllegalArgumentException(name + ": output_padding " + Repr.tuple(this.outputPadding)
                        + " must be smaller than the stride " + Repr.tuple(this.stride));
            }
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.groups = groups;
        this.bias = bias;
        int k0 = transposed ? inChannels : outChannels;
        int k1 = (transposed ? outChannels : inChannels) / groups;
        registerParameter("weight", Tensor.zeros(k0, k1, this.kernelSize[0], this.kernelSize[1]));
        if (bias) {
            registerParameter("bias", Tensor.zeros(outChannels));
        }
        resetParameters();
    }

    private static int[] pair(String name, String what, int[] value, int min) {
        if (value.length != 2 || value[0] < min || value[1] < min) {
            throw new IllegalArgumentException(name + ": " + what + " must be a (height, width) pair of values at "
                    + "least " + min + ", got " + Arrays.toString(value));
        }
        return value.clone();
    }

    /** The {@code {height, width}} pair that a single int size stands for (also used by the pooling layers). */
    static int[] square(int v) {
        return new int[] {v, v};
    }

    /** Draws the weight and bias again from PyTorch's default distribution. */
    public final void resetParameters() {
        Init.linearDefault(weight(), bias());
    }

    public final Tensor weight() {
        return getParameter("weight");
    }

    /** The bias, or null for a layer built without one. */
    public final Tensor bias() {
        return bias ? getParameter("bias") : null;
    }

    /** Fails, naming the layer and the shapes, unless {@code x} is [N, inChannels, H, W]. */
    final void checkInput(Tensor x) {
        if (x.dim() != 4 || x.size(1) != inChannels) {
            throw wrongInput("[N, " + inChannels + ", H, W]", x);
        }
    }

    @Override
    protected String extraRepr() {
        StringBuilder s = new StringBuilder().append(inChannels).append(", ").append(outChannels)
                .append(", kernel_size=").append(Repr.tuple(kernelSize)).append(", stride=").append(Repr.tuple(stride));
        if (padding[0] != 0 || padding[1] != 0) {
            s.append(", padding=").append(Repr.tuple(padding));
        }
        if (dilation[0] != 1 || dilation[1] != 1) {
            s.append(", dilation=").append(Repr.tuple(dilation));
        }
        if (outputPadding[0] != 0 || outputPadding[1] != 0) {
            s.append(", output_padding=").append(Repr.tuple(outputPadding));
        }
        if (groups != 1) {
            s.append(", groups=").append(groups);
        }
        if (!bias) {
            s.append(", bias=false");
        }
        return s.toString();
    }
}
