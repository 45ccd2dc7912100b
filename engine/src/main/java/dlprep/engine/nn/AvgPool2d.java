package dlprep.engine.nn;

import dlprep.engine.ops.Functional;
import dlprep.engine.tensor.Tensor;

/**
 * 2-D average pooling ({@code nn.AvgPool2d}): the mean of each window, per channel. The stride defaults to
 * the kernel size; padding counts as zeros, and with {@code countIncludePad} (the default) the padded
 * positions are part of the divisor, as in PyTorch. Sizes are {@code {height, width}} pairs or one int.
 */
public final class AvgPool2d extends Module {

    private final int[] kernelSize;
    private final int[] stride;
    private final int[] padding;
    private final boolean ceilMode;
    private final boolean countIncludePad;

    public AvgPool2d(int kernelSize) {
        this(kernelSize, kernelSize);
    }

    public AvgPool2d(int kernelSize, int stride) {
        this(kernelSize, stride, 0, false, true);
    }

    public AvgPool2d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        this(ConvNd.square(kernelSize), ConvNd.square(stride), ConvNd.square(padding), ceilMode, countIncludePad);
    }

    public AvgPool2d(int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad) {
        this.kernelSize = kernelSize.clone();
        this.stride = stride.clone();
        this.padding = padding.clone();
        this.ceilMode = ceilMode;
        this.countIncludePad = countIncludePad;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() != 4) {
            throw wrongInput("[N, C, H, W]", x);
        }
        return Functional.avgPool2d(x, kernelSize, stride, padding, ceilMode, countIncludePad);
    }

    @Override
    protected String extraRepr() {
        return "kernel_size=" + Repr.pair(kernelSize) + ", stride=" + Repr.pair(stride) + ", padding="
                + Repr.pair(padding);
    }
}
