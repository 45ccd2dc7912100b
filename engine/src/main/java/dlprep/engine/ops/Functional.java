package dlprep.engine.ops;

import dlprep.engine.tensor.Tensor;

/**
 * The fully connected, convolution and pooling ops under PyTorch's {@code torch.nn.functional} names. Sizes given as one
 * int apply to both height and width; arrays are {@code {height, width}}.
 */
public final class Functional {

    private Functional() {
    }

    /** {@code x W^T + b}, the fully connected layer (bias may be null). */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        return Affine.apply(x, weight, bias);
    }

    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        return conv2d(x, weight, bias, pair(stride), pair(padding), pair(1), 1);
    }

    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return Convolution.apply(x, weight, bias, stride, padding, dilation, groups);
    }

    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        return convTranspose2d(x, weight, bias, pair(stride), pair(padding), pair(0), pair(1), 1);
    }

    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int[] dilation, int groups) {
        return TransposedConvolution.apply(x, weight, bias, stride, padding, outputPadding, dilation, groups);
    }

    /** Max pooling with stride equal to the kernel, no padding (the common case). */
    public static Tensor maxPool2d(Tensor x, int kernel) {
        return maxPool2d(x, pair(kernel), pair(kernel), pair(0), false);
    }

    public static Tensor maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode) {
        return MaxPooling.apply(x, kernel, stride, padding, ceilMode);
    }

    /** Average pooling with stride equal to the kernel, no padding. */
    public static Tensor avgPool2d(Tensor x, int kernel) {
        return avgPool2d(x, pair(kernel), pair(kernel), pair(0), false, true);
    }

    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode,
                                   boolean countIncludePad) {
        return AvgPooling.apply(x, kernel, stride, padding, ceilMode, countIncludePad);
    }

    public static Tensor adaptiveAvgPool2d(Tensor x, int outH, int outW) {
        return AdaptiveAvgPooling.apply(x, outH, outW);
    }

    private static int[] pair(int v) {
        return new int[] {v, v};
    }
}
