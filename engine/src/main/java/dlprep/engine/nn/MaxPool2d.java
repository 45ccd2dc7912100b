package dlprep.engine.nn;

import dlprep.engine.ops.Functional;
import dlprep.engine.tensor.Tensor;

/**
 * 2-D max pooling ({@code nn.MaxPool2d}): the largest value of each window, per channel. The stride
 * defaults to the kernel size (windows that do not overlap); padding counts as -infinity; in ceil mode a
 * last partial window is kept. Sizes are {@code {height, width}} pairs or one int for both.
 */
public final class MaxPool2d extends Module {

    private final int[] kernelSize;
    private final int[] stride;
    private final int[] padding;
    private final boolean ceilMode;

    public MaxPool2d(int kernelSize) {
        this(kernelSize, kernelSize);
    }

    public MaxPool2d(int kernelSize, int stride) {
        this(kernelSize, stride, 0, false);
    }

    public MaxPool2d(int kernelSize, int stride, int padding, boolean ceilMode) {
        this(ConvNd.square(kernelSize), ConvNd.square(stride), ConvNd.square(padding), ceilMode);
    }

    public MaxPool2d(int[] kernelSize, int[] stride, int[] padding, boolean ceilMode) {
        this.kernelSize = kernelSize.clone();
        this.stride = stride.clone();
        this.padding = padding.clone();
        this.ceilMode = ceilMode;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() != 4) {
            throw wrongInput("[N, C, H, W]", x);
        }
        return Functional.maxPool2d(x, kernelSize, stride, padding, ceilMode);
    }

    @Override
    protected String extraRepr() {
        return "kernel_size=" + Repr.pair(kernelSize) + ", stride=" + Repr.pair(stride) + ", padding="
                + Repr.pair(padding) + ", ceil_mode=" + ceilMode;
    }
}
