package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.Gemm;
import dlprep.engine.kernels.GemmReference;
import dlprep.engine.kernels.StridedIndex;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * Matrix product with PyTorch's rules: a vector operand is treated as a row (left) or column (right)
 * matrix and that dimension is removed from the result; leading batch dimensions broadcast. Forward is
 * {@code C = A B} per batch; backward is {@code dA = dC B^T} and {@code dB = A^T dC}, passed to GEMM as
 * transposed operands (no transposed copy is made), accumulated over batches an operand was broadcast to.
 */
public final class MatMul extends Function {

    private final Tensor a;
    private final Tensor b;
    private final Geometry geo;

    /** The batched problem: per batch, op(A) is m x k and op(B) is k x n; offsets of each batch's matrices. */
    private record Geometry(int m, int n, int k, int[] outShape, int[] aOffsets, int[] bOffsets) {
        int batches() {
            return aOffsets.length;
        }
    }

    private MatMul(Tensor a, Tensor b, Geometry geo) {
        super("matmul");
        this.a = a;
        this.b = b;
        this.geo = geo;
    }

    public static Tensor apply(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            throw new IllegalArgumentException("matmul: both operands need at least one dimension, got shapes "
                    + Shape.str(a.shape()) + " and " + Shape.str(b.shape()));
        }
        DType type = DType.promote(a.dtype(), b.dtype());
        Tensor ac = a.to(type);
        Tensor bc = b.to(type);
        Geometry geo = geometry(a.shape(), b.shape());
        Tensor y = Tensor.zeros(type, geo.outShape);
        for (int t = 0; t < geo.batches(); t++) {
            gemm(false, false, geo.m, geo.n, geo.k, ac, geo.aOffsets[t], geo.k, bc, geo.bOffsets[t], geo.n,
                    0, y, t * geo.m * geo.n, geo.n);
        }
        return new MatMul(ac, bc, geo).record(y, ac, bc);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor ga = needsGrad(0) ? Tensor.zerosLike(a) : null;
        Tensor gb = needsGrad(1) ? Tensor.zerosLike(b) : null;
        int m = geo.m;
        int n = geo.n;
        int k = geo.k;
        for (int t = 0; t < geo.batches(); t++) {
            int gOff = t * m * n;
            if (ga != null) { // dA (m x k) += dC (m x n) * B^T (n x k)
                gemm(false, true, m, k, n, g, gOff, n, b, geo.bOffsets[t], n, 1, ga, geo.aOffsets[t], k);
            }
            if (gb != null) { // dB (k x n) += A^T (k x m) * dC (m x n)
                gemm(true, false, k, n, m, a, geo.aOffsets[t], k, g, gOff, n, 1, gb, geo.bOffsets[t], n);
            }
        }
        return new Tensor[] {ga, gb};
    }

    private static Geometry geometry(int[] as, int[] bs) {
        int[] a2 = as.length == 1 ? new int[] {1, as[0]} : as;
        int[] b2 = bs.length == 1 ? new int[] {bs[0], 1} : bs;
        int m = a2[a2.length - 2];
        int k = a2[a2.length - 1];
        int n = b2[b2.length - 1];
        if (b2[b2.length - 2] != k) {
            throw new IllegalArgumentException("matmul: shapes " + Shape.str(as) + " and " + Shape.str(bs)
                    + " cannot be multiplied (" + k + " columns vs " + b2[b2.length - 2] + " rows)");
        }
        int[] aBatch = Arrays.copyOf(a2, a2.length - 2);
        int[] bBatch = Arrays.copyOf(b2, b2.length - 2);
        int[] batch = Shape.broadcast("matmul", aBatch, bBatch);
        int[] aOff = StridedIndex.map(0, batch, Shape.broadcastStrides(aBatch, batch));
        int[] bOff = StridedIndex.map(0, batch, Shape.broadcastStrides(bBatch, batch));
        for (int t = 0; t < aOff.length; t++) {
            aOff[t] *= m * k;
            bOff[t] *= k * n;
        }
        int[] out = Arrays.copyOf(batch, batch.length + 2);
        out[batch.length] = m;
        out[batch.length + 1] = n;
        if (bs.length == 1) {
            out = Arrays.copyOf(out, out.length - 1);
        }
        if (as.length == 1) {
            int[] dropped = new int[out.length - 1];
            System.arraycopy(out, 0, dropped, 0, batch.length);
            System.arraycopy(out, batch.length + 1, dropped, batch.length, out.length - batch.length - 1);
            out = dropped;
        }
        return new Geometry(m, n, k, out, aOff, bOff);
    }

    /** Dispatches to the fast float32 kernel or the float64 reference kernel. */
    static void gemm(boolean ta, boolean tb, int m, int n, int k, Tensor a, int aOff, int lda,
                             Tensor b, int bOff, int ldb, double beta, Tensor c, int cOff, int ldc) {
        if (c.isFloat64()) {
            GemmReference.dgemm(ta, tb, m, n, k, 1, a.doubleData(), aOff, lda, b.doubleData(), bOff, ldb, beta,
                    c.doubleData(), cOff, ldc);
        } else {
            Gemm.sgemm(ta, tb, m, n, k, 1f, a.floatData(), aOff, lda, b.floatData(), bOff, ldb, (float) beta,
                    c.floatData(), cOff, ldc);
        }
    }
}
