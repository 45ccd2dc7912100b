package dlprep.engine.nn;

import dlprep.engine.ops.Functional;
import dlprep.engine.tensor.Tensor;

/**
 * Transposed convolution ({@code nn.ConvTranspose2d}): the gradient of a convolution with respect to its
 * input, used as a layer that upsamples (FCN, U-Net, GAN generators). The weight is
 * {@code [inChannels, outChannels/groups, kH, kW]}. Output size per side:
 * (in - 1) * stride - 2 * padding + dilation * (k - 1) + outputPadding + 1. The op is
 * {@link Functional#convTranspose2d}; as in PyTorch the default initialisation computes fan_in from weight
 * dimension 1, i.e. outChannels/groups * kH * kW.
 */
public final class ConvTranspose2d extends ConvNd {

    public ConvTranspose2d(int inChannels, int outChannels, int kernelSize) {
        this(inChannels, outChannels, kernelSize, 1, 0);
    }

    public ConvTranspose2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 0, 1, true, 1);
    }

    /** The arguments in PyTorch's order, with dilation last. */
    public ConvTranspose2d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int outputPadding,
                           int groups, boolean bias, int dilation) {
        this(inChannels, outChannels, square(kernelSize), square(stride), square(padding), square(outputPadding),
                groups, bias, square(dilation));
    }

    public ConvTranspose2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding,
                           int[] outputPadding, int groups, boolean bias, int[] dilation) {
        super(inChannels, outChannels, kernelSize, stride, padding, dilation, outputPadding, groups, bias, true);
    }

    @Override
    public Tensor forward(Tensor x) {
        checkInput(x);
        return Functional.convTranspose2d(x, weight(), bias(), stride, padding, outputPadding, dilation, groups);
    }
}
