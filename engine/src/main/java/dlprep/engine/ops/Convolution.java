package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.Conv2dKernel;
import dlprep.engine.kernels.Conv2dReference;
import dlprep.engine.kernels.Conv2dShape;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * 2-D convolution (cross-correlation, as in every framework) of an NCHW batch with an
 * {@code [out, in/groups, kH, kW]} weight, with stride, padding, dilation and groups. float32 runs on the
 * im2col + GEMM kernel, float64 on the direct reference loops.
 */
public final class Convolution extends Function {

    private final Conv2dShape s;
    private final Tensor x;
    private final Tensor w;

    private Convolution(Conv2dShape s, Tensor x, Tensor w) {
        super("conv2d");
        this.s = s;
        this.x = x;
        this.w = w;
    }

    public static Tensor apply(Tensor x, Tensor w, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        Conv2dShape s = shape("conv2d", x, w, bias, stride, padding, dilation, groups);
        DType type = bias == null ? DType.promote(x.dtype(), w.dtype())
                : DType.promote(DType.promote(x.dtype(), w.dtype()), bias.dtype());
        Tensor xc = x.to(type);
        Tensor wc = w.to(type);
        Tensor bc = bias == null ? null : bias.to(type);
        Tensor y = Tensor.zeros(type, s.batch(), s.outChannels(), s.outHeight(), s.outWidth());
        if (type == DType.FLOAT64) {
            Conv2dReference.forward(s, xc.doubleData(), wc.doubleData(), bc == null ? null : bc.doubleData(),
                    y.doubleData());
        } else {
            Conv2dKernel.forward(s, xc.floatData(), wc.floatData(), bc == null ? null : bc.floatData(), y.floatData());
        }
        return new Convolution(s, xc, wc).record(y, xc, wc, bc);
    }

    /** The sizes of this convolution (kernel, stride, padding, dilation, groups), for tools that read the graph. */
    public Conv2dShape geometry() {
        return s;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor dx = needsGrad(0) ? Tensor.zerosLike(x) : null;
        Tensor dw = needsGrad(1) ? Tensor.zerosLike(w) : null;
        Tensor db = needsGrad(2) ? Tensor.zeros(g.dtype(), s.outChannels()) : null;
        if (g.isFloat64()) {
            if (dx != null) {
                Conv2dReference.backwardInput(s, g.doubleData(), w.doubleData(), dx.doubleData());
            }
            if (dw != null) {
                Conv2dReference.backwardWeight(s, x.doubleData(), g.doubleData(), dw.doubleData());
            }
            if (db != null) {
                Conv2dReference.backwardBias(s, g.doubleData(), db.doubleData());
            }
        } else {
            if (dx != null) {
                Conv2dKernel.backwardInput(s, g.floatData(), w.floatData(), dx.floatData());
            }
            if (dw != null) {
                Conv2dKernel.backwardWeight(s, x.floatData(), g.floatData(), dw.floatData());
            }
            if (db != null) {
                Conv2dKernel.backwardBias(s, g.floatData(), db.floatData());
            }
        }
        return new Tensor[] {dx, dw, db};
    }

    /**
     * The kernel geometry of a convolution whose input is {@code x} (NCHW) and weight {@code w}
     * ({@code [outChannels, inChannels/groups, kH, kW]}), after checking that the tensors fit together.
     */
    static Conv2dShape shape(String op, Tensor x, Tensor w, Tensor bias, int[] stride, int[] padding, int[] dilation,
                             int groups) {
        int[] xs = x.shape();
        int[] ws = w.shape();
        if (xs.length != 4) {
            throw new IllegalArgumentException(op + ": input must be 4-D [batch, channels, height, width], got shape "
                    + Shape.str(xs));
        }
        if (ws.length != 4) {
            throw new IllegalArgumentException(op + ": weight must be 4-D [out, in/groups, kH, kW], got shape "
                    + Shape.str(ws));
        }
        if (groups < 1 || xs[1] != ws[1] * groups) {
            throw new IllegalArgumentException(op + ": input of shape " + Shape.str(xs) + " has " + xs[1]
                    + " channels but the weight of shape " + Shape.str(ws) + " with groups=" + groups + " expects "
                    + ws[1] * Math.max(groups, 1));
        }
        if (bias != null && (bias.dim() != 1 || bias.size(0) != ws[0])) {
            throw new IllegalArgumentException(op + ": bias of shape " + Shape.str(bias.shape()) + " does not match the "
                    + ws[0] + " output channels of the weight of shape " + Shape.str(ws));
        }
        return new Conv2dShape(xs[0], xs[1], xs[2], xs[3], ws[0], ws[2], ws[3], stride[0], stride[1],
                padding[0], padding[1], dilation[0], dilation[1], groups);
    }
}
