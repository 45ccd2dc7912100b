package dlprep.engine.nn;

import dlprep.engine.ops.Functional;
import dlprep.engine.tensor.Tensor;

/**
 * Average pooling to a fixed output size whatever the input size ({@code nn.AdaptiveAvgPool2d}); output
 * cell i averages input rows floor(i * H / outH) to ceil((i + 1) * H / outH), and likewise columns. With
 * output size 1 it is the global average pooling that ends ResNet and its relatives.
 */
public final class AdaptiveAvgPool2d extends Module {

    private final int[] outputSize;

    public AdaptiveAvgPool2d(int outputSize) {
        this(outputSize, outputSize);
    }

    public AdaptiveAvgPool2d(int outH, int outW) {
        if (outH < 1 || outW < 1) {
            throw new IllegalArgumentException("AdaptiveAvgPool2d: output size must be positive, got " + outH + " x "
                    + outW);
        }
        this.outputSize = new int[] {outH, outW};
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() != 4) {
            throw wrongInput("[N, C, H, W]", x);
        }
        return Functional.adaptiveAvgPool2d(x, outputSize[0], outputSize[1]);
    }

    @Override
    protected String extraRepr() {
        return "output_size=" + Repr.pair(outputSize);
    }
}
