package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.AdaptiveAvgPool2dKernel;
import dlprep.engine.kernels.AdaptiveAvgPool2dReference;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Adaptive average pooling to a fixed output size: output cell i averages input rows
 * {@code floor(i*H/outH)} to {@code ceil((i+1)*H/outH)} (and likewise for columns), as PyTorch does.
 */
public final class AdaptiveAvgPooling extends Function {

    private final int[] inShape;
    private final int outH;
    private final int outW;

    private AdaptiveAvgPooling(int[] inShape, int outH, int outW) {
        super("adaptive_avg_pool2d");
        this.inShape = inShape;
        this.outH = outH;
        this.outW = outW;
    }

    public static Tensor apply(Tensor x, int outH, int outW) {
        int[] s = x.shape();
        if (s.length != 4) {
            throw new IllegalArgumentException("adaptive_avg_pool2d: input must be 4-D [batch, channels, height, width], "
                    + "got shape " + Shape.str(s));
        }
        if (outH < 1 || outW < 1 || s[2] < 1 || s[3] < 1) {
            throw new IllegalArgumentException("adaptive_avg_pool2d: output size " + outH + " x " + outW + " and input "
                    + "shape " + Shape.str(s) + " must all be positive");
        }
        Tensor y = Tensor.zeros(x.dtype(), s[0], s[1], outH, outW);
        if (x.isFloat64()) {
            AdaptiveAvgPool2dReference.forward(s[0], s[1], s[2], s[3], outH, outW, x.doubleData(), y.doubleData());
        } else {
            AdaptiveAvgPool2dKernel.forward(s[0], s[1], s[2], s[3], outH, outW, x.floatData(), y.floatData());
        }
        return new AdaptiveAvgPooling(s, outH, outW).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor dx = Tensor.zeros(g.dtype(), inShape);
        int[] s = inShape;
        if (g.isFloat64()) {
            AdaptiveAvgPool2dReference.backward(s[0], s[1], s[2], s[3], outH, outW, g.doubleData(), dx.doubleData());
        } else {
            AdaptiveAvgPool2dKernel.backward(s[0], s[1], s[2], s[3], outH, outW, g.floatData(), dx.floatData());
        }
        return new Tensor[] {dx};
    }
}
