package dlprep.engine.kernels;

/**
 * The sizes of one 2-D convolution, as PyTorch's {@code conv2d} takes them. Tensors are NCHW row-major:
 * input x is {@code [batch, inChannels, height, width]}, weight w is
 * {@code [outChannels, inChannels / groups, kernelH, kernelW]}, output y is
 * {@code [batch, outChannels, outHeight, outWidth]}.
 *
 * <p>Output size (PyTorch's formula): {@code out = floor((in + 2 * pad - dilation * (kernel - 1) - 1) / stride) + 1}.
 * With groups, the channels are split into {@code groups} independent convolutions side by side.
 */
public record Conv2dShape(int batch, int inChannels, int height, int width, int outChannels,
                          int kernelH, int kernelW, int strideH, int strideW, int padH, int padW,
                          int dilationH, int dilationW, int groups) {

    public Conv2dShape {
        atLeast(1, "batch", batch);
        atLeast(1, "inChannels", inChannels);
        atLeast(1, "height", height);
        atLeast(1, "width", width);
        atLeast(1, "outChannels", outChannels);
        atLeast(1, "kernelH", kernelH);
        atLeast(1, "kernelW", kernelW);
        atLeast(1, "strideH", strideH);
        atLeast(1, "strideW", strideW);
        atLeast(0, "padH", padH);
        atLeast(0, "padW", padW);
        atLeast(1, "dilationH", dilationH);
        atLeast(1, "dilationW", dilationW);
        atLeast(1, "groups", groups);
        if (inChannels % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException("conv2d: inChannels (" + inChannels + ") and outChannels ("
                    + outChannels + ") must both be divisible by groups (" + groups + ")");
        }
        requireNonEmptyOutput("height", height, padH, kernelH, dilationH);
        requireNonEmptyOutput("width", width, padW, kernelW, dilationW);
        requireArraySize("x", (long) batch * inChannels * height * width);
        requireArraySize("w", (long) outChannels * (inChannels / groups) * kernelH * kernelW);
        requireArraySize("y", (long) batch * outChannels * outSize(height, kernelH, strideH, padH, dilationH)
                * outSize(width, kernelW, strideW, padW, dilationW));
    }

    /** A convolution with the same stride, padding and dilation in both directions and one group. */
    public static Conv2dShape of(int batch, int inChannels, int height, int width, int outChannels,
                                 int kernel, int stride, int pad) {
        return new Conv2dShape(batch, inChannels, height, width, outChannels, kernel, kernel, stride, stride,
                pad, pad, 1, 1, 1);
    }

    public int outHeight() {
        return (int) outSize(height, kernelH, strideH, padH, dilationH);
    }

    public int outWidth() {
        return (int) outSize(width, kernelW, strideW, padW, dilationW);
    }

    /** Number of elements of x. */
    public int inputSize() {
        return batch * inChannels * height * width;
    }

    /** Number of elements of w. */
    public int weightSize() {
        return outChannels * inChannelsPerGroup() * kernelH * kernelW;
    }

    /** Number of elements of y. */
    public int outputSize() {
        return batch * outChannels * outHeight() * outWidth();
    }

    public int inChannelsPerGroup() {
        return inChannels / groups;
    }

    public int outChannelsPerGroup() {
        return outChannels / groups;
    }

    /** Taps of one output value: {@code inChannels / groups * kernelH * kernelW} (the GEMM's k). */
    public int patchSize() {
        return inChannelsPerGroup() * kernelH * kernelW;
    }

    private static long outSize(int in, int kernel, int stride, int pad, int dilation) {
        return (in + 2L * pad - (long) dilation * (kernel - 1) - 1) / stride + 1;
    }


    private static void atLeast(int min, String name, int value) {
        if (value < min) {
            throw new IllegalArgumentException("conv2d: " + name + " must be at least " + min + ", got " + value);
        }
    }

    private static void requireNonEmptyOutput(String dim, int in, int pad, int kernel, int dilation) {
        long span = (long) dilation * (kernel - 1) + 1;
        if (in + 2L * pad < span) {
            throw new IllegalArgumentException("conv2d: output " + dim + " would be empty: input " + dim + " " + in
                    + " plus padding 2*" + pad + " is smaller than the dilated kernel " + span
                    + " (dilation " + dilation + " * (kernel " + kernel + " - 1) + 1)");
        }
    }

    private static void requireArraySize(String name, long size) {
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("conv2d: " + name + " would have " + size
                    + " elements, more than a Java array holds");
        }
    }
}
