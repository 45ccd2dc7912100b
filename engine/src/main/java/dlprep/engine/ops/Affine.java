package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * The fully connected layer's map {@code y = x W^T + b} (PyTorch's {@code F.linear}), with x of shape
 * {@code [..., in]}, W {@code [out, in]} and b {@code [out]} or absent. One op instead of
 * transpose + matmul + add, because GEMM reads W transposed in place: no copy of W^T per call.
 * Backward: {@code dx = dy W}, {@code dW = dy^T x}, {@code db = sum of dy over the rows}.
 */
public final class Affine extends Function {

    private final Tensor x;
    private final Tensor w;
    private final int rows;

    private Affine(Tensor x, Tensor w, int rows) {
        super("linear");
        this.x = x;
        this.w = w;
        this.rows = rows;
    }

    public static Tensor apply(Tensor x, Tensor w, Tensor b) {
        int[] xs = x.shape();
        int[] ws = w.shape();
        if (ws.length != 2 || xs.length < 1 || xs[xs.length - 1] != ws[1]) {
            throw new IllegalArgumentException("linear: input of shape " + Shape.str(xs) + " and weight of shape "
                    + Shape.str(ws) + " do not fit (the input's last dimension must equal the weight's second)");
        }
        if (b != null && (b.dim() != 1 || b.size(0) != ws[0])) {
            throw new IllegalArgumentException("linear: bias of shape " + Shape.str(b.shape()) + " does not match the "
                    + ws[0] + " outputs of the weight of shape " + Shape.str(ws));
        }
        DType type = DType.promote(x.dtype(), b == null ? w.dtype() : DType.promote(w.dtype(), b.dtype()));
        Tensor xc = x.to(type);
        Tensor wc = w.to(type);
        Tensor bc = b == null ? null : b.to(type);
        int in = ws[1];
        int out = ws[0];
        int rows = in == 0 ? 0 : xc.numel() / in;
        int[] ys = xs.clone();
        ys[ys.length - 1] = out;
        Tensor y = Tensor.zeros(type, ys);
        MatMul.gemm(false, true, rows, out, in, xc, 0, in, wc, 0, in, 0, y, 0, out);
        if (bc != null) {
            addRowwise(y, bc, rows, out);
        }
        return new Affine(xc, wc, rows).record(y, xc, wc, bc);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        int out = w.size(0);
        int in = w.size(1);
        Tensor dx = null;
        Tensor dw = null;
        if (needsGrad(0)) { // dx (rows x in) = dy (rows x out) W (out x in)
            dx = Tensor.zerosLike(x);
            MatMul.gemm(false, false, rows, in, out, g, 0, out, w, 0, in, 0, dx, 0, in);
        }
        if (needsGrad(1)) { // dW (out x in) = dy^T (out x rows) x (rows x in)
            dw = Tensor.zerosLike(w);
            MatMul.gemm(true, false, out, in, rows, g, 0, out, x, 0, in, 0, dw, 0, in);
        }
        Tensor db = needsGrad(2) ? g.reshape(rows, out).sum(0) : null;
        return new Tensor[] {dx, dw, db};
    }

    private static void addRowwise(Tensor y, Tensor b, int rows, int cols) {
        if (y.isFloat64()) {
            double[] yv = y.doubleData();
            double[] bv = b.doubleData();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    yv[r * cols + c] += bv[c];
                }
            }
        } else {
            float[] yv = y.floatData();
            float[] bv = b.floatData();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    yv[r * cols + c] += bv[c];
                }
            }
        }
    }
}
