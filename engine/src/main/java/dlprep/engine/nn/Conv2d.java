package dlprep.engine.nn;

import dlprep.engine.ops.Functional;
import dlprep.engine.tensor.Tensor;

/**
 * 2-D convolution over an NCHW batch ({@code nn.Conv2d}): each of the {@code outChannels} filters of shape
 * {@code [inChannels/groups, kH, kW]} slides over the input with the given stride, zero padding and
 * dilation. Output size per side: floor((in + 2 * padding - dilation * (k - 1) - 1) / stride) + 1.
 * The op is {@link Functional#conv2d}; the weight starts from U(-1/sqrt(fan_in), 1/sqrt(fan_in)) with
 * fan_in = inChannels/groups * kH * kW.
 */
public final class Conv2d extends ConvNd {

    public Conv2d(int inChannels, int outChannels, int kernelSize) {
        this(inChannels, outChannels, kernelSize, 1, 0);
    }

    public Conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true);
    }

    public Conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation, int groups,
                  boolean bias) {
        this(inChannels, outChannels, square(kernelSize), square(stride), square(padding), square(dilation), groups,
                bias);
    }

    public Conv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                  int groups, boolean bias) {
        super(inChannels, outChannels, kernelSize, stride, padding, dilation, square(0), groups, bias, false);
    }

    @Override
    public Tensor forward(Tensor x) {
        checkInput(x);
        return Functional.conv2d(x, weight(), bias(), stride, padding, dilation, groups);
    }
}
