package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.Conv2dKernel;
import dlprep.engine.kernels.Conv2dReference;
import dlprep.engine.kernels.Conv2dShape;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Transposed convolution ("deconvolution"): the gradient of a convolution with respect to its input,
 * used as a forward op. With the weight {@code [in, out/groups, kH, kW]}, x plays the role of the
 * convolution's output and y of its input, so forward is the convolution's input-backward, the gradient
 * with respect to x is an ordinary convolution, and the weight gradient is the convolution's weight
 * gradient with the roles of x and y exchanged. Output size:
 * {@code (H - 1) * stride - 2 * padding + dilation * (k - 1) + outputPadding + 1}.
 */
public final class TransposedConvolution extends Function {

    private final Conv2dShape conv; // the convolution this op transposes: its input is y, its output x
    private final Tensor x;
    private final Tensor w;

    private TransposedConvolution(Conv2dShape conv, Tensor x, Tensor w) {
        super("conv_transpose2d");
        this.conv = conv;
        this.x = x;
        this.w = w;
    }

    public static Tensor apply(Tensor x, Tensor w, Tensor bias, int[] stride, int[] padding, int[] outputPadding,
                               int[] dilation, int groups) {
        String op = "conv_transpose2d";
        int[] xs = x.shape();
        int[] ws = w.shape();
        if (xs.length != 4 || ws.length != 4) {
            throw new IllegalArgumentException(op + ": input [N, C, H, W] and weight [in, out/groups, kH, kW] must be "
                    + "4-D, got shapes " + Shape.str(xs) + " and " + Shape.str(ws));
        }
        if (groups < 1 || xs[1] != ws[0] || ws[0] % groups != 0) {
            throw new IllegalArgumentException(op + ": input of shape " + Shape.str(xs) + " has " + xs[1]
                    + " channels but the weight of shape " + Shape.str(ws) + " expects " + ws[0]
                    + " (divisible by groups=" + groups + ")");
        }
        for (int i = 0; i < 2; i++) {
            if (outputPadding[i] < 0 || outputPadding[i] >= stride[i]) {
                throw new IllegalArgumentException(op + ": output padding " + outputPadding[i] + " must be at least 0 "
                        + "and smaller than the stride " + stride[i]);
            }
        }
        int outChannels = ws[1] * groups;
        if (bias != null && (bias.dim() != 1 || bias.size(0) != outChannels)) {
            throw new IllegalArgumentException(op + ": bias of shape " + Shape.str(bias.shape()) + " does not match the "
                    + outChannels + " output channels");
        }
        int outH = (xs[2] - 1) * stride[0] - 2 * padding[0] + dilation[0] * (ws[2] - 1) + outputPadding[0] + 1;
        int outW = (xs[3] - 1) * stride[1] - 2 * padding[1] + dilation[1] * (ws[3] - 1) + outputPadding[1] + 1;
        if (outH < 1 || outW < 1) {
            throw new IllegalArgumentException(op + ": input of shape " + Shape.str(xs) + " with weight "
                    + Shape.str(ws) + " gives an empty output (" + outH + " x " + outW + ")");
        }
        Conv2dShape conv = new Conv2dShape(xs[0], outChannels, outH, outW, ws[0], ws[2], ws[3], stride[0], stride[1],
                padding[0], padding[1], dilation[0], dilation[1], groups);
        DType type = DType.promote(x.dtype(), w.dtype());
        Tensor xc = x.to(type);
        Tensor wc = w.to(type);
        Tensor bc = bias == null ? null : bias.to(type);
        Tensor y = Tensor.zeros(type, xs[0], outChannels, outH, outW);
        if (type == DType.FLOAT64) {
            Conv2dReference.backwardInput(conv, xc.doubleData(), wc.doubleData(), y.doubleData());
        } else {
            Conv2dKernel.backwardInput(conv, xc.floatData(), wc.floatData(), y.floatData());
        }
        if (bc != null) {
            addChannelBias(y, bc, outChannels, outH * outW);
        }
        return new TransposedConvolution(conv, xc, wc).record(y, xc, wc, bc);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor dx = needsGrad(0) ? Tensor.zerosLike(x) : null;
        Tensor dw = needsGrad(1) ? Tensor.zerosLike(w) : null;
        if (g.isFloat64()) {
            if (dx != null) {
                Conv2dReference.forward(conv, g.doubleData(), w.doubleData(), null, dx.doubleData());
            }
            if (dw != null) {
                Conv2dReference.backwardWeight(conv, g.doubleData(), x.doubleData(), dw.doubleData());
            }
        } else {
            if (dx != null) {
                Conv2dKernel.forward(conv, g.floatData(), w.floatData(), null, dx.floatData());
            }
            if (dw != null) {
                Conv2dKernel.backwardWeight(conv, g.floatData(), x.floatData(), dw.floatData());
            }
        }
        Tensor db = needsGrad(2) ? g.sum(new int[] {0, 2, 3}, false) : null;
        return new Tensor[] {dx, dw, db};
    }

    private static void addChannelBias(Tensor y, Tensor bias, int channels, int plane) {
        int n = y.numel() / (channels * plane);
        for (int b = 0; b < n; b++) {
            for (int c = 0; c < channels; c++) {
                double v = bias.getFlat(c);
                int base = (b * channels + c) * plane;
                for (int i = 0; i < plane; i++) {
                    y.setFlat(base + i, y.getFlat(base + i) + v);
                }
            }
        }
    }
}
