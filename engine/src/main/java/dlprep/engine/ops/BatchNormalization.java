package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.BatchNormKernel;
import dlprep.engine.kernels.BatchNormReference;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Batch normalisation with the statistics of the batch, as one fused op (PyTorch's {@code batch_norm} in
 * training mode): for x of shape [N, C, *], per channel over N and all positions,
 * y = (x - mean) / sqrt(var + eps) * weight + bias with the biased variance. The formulas and why one op
 * are in {@link BatchNormKernel}; float64 runs {@link BatchNormReference}.
 */
public final class BatchNormalization extends Function {

    private final Tensor x;
    private final Tensor weight;
    private final double[] mean;
    private final double[] invstd;

    private BatchNormalization(Tensor x, Tensor weight, double[] mean, double[] invstd) {
        super("batch_norm");
        this.x = x;
        this.weight = weight;
        this.mean = mean;
        this.invstd = invstd;
    }

    /**
     * Normalises x with its own per-channel statistics; weight and bias ([C]) may both be null. When
     * {@code batchMean} and {@code batchVar} are given (length C) they receive the mean and the biased
     * variance, for running statistics.
     */
    public static Tensor apply(Tensor x, Tensor weight, Tensor bias, double eps, double[] batchMean,
                               double[] batchVar) {
        int[] shape = x.shape();
        if (shape.length < 2) {
            throw new IllegalArgumentException("batch_norm: expected an input [N, C, *], got " + Shape.str(shape));
        }
        int n = shape[0];
        int c = shape[1];
        int s = n == 0 || c == 0 ? 0 : x.numel() / (n * c);
        for (Tensor p : new Tensor[] {weight, bias}) {
            if (p != null && (p.dim() != 1 || p.size(0) != c)) {
                throw new IllegalArgumentException("batch_norm: weight and bias must be [" + c + "] for input "
                        + Shape.str(shape) + ", got " + Shape.str(p.shape()));
            }
        }
        DType type = weight == null ? x.dtype() : DType.promote(x.dtype(), weight.dtype());
        Tensor xc = x.to(type);
        Tensor wc = weight == null ? null : weight.to(type);
        Tensor bc = bias == null ? null : bias.to(type);
        double[] mean = new double[c];
        double[] var = new double[c];
        Tensor y = Tensor.zeros(type, shape);
        if (type == DType.FLOAT64) {
            BatchNormReference.forward(n, c, s, xc.doubleData(), wc == null ? null : wc.doubleData(),
                    bc == null ? null : bc.doubleData(), eps, mean, var, y.doubleData());
        } else {
            BatchNormKernel.forward(n, c, s, xc.floatData(), wc == null ? null : wc.floatData(),
                    bc == null ? null : bc.floatData(), eps, mean, var, y.floatData());
        }
        double[] invstd = new double[c];
        for (int ch = 0; ch < c; ch++) {
            invstd[ch] = 1 / Math.sqrt(var[ch] + eps);
        }
        if (batchMean != null) {
            System.arraycopy(mean, 0, batchMean, 0, c);
        }
        if (batchVar != null) {
            System.arraycopy(var, 0, batchVar, 0, c);
        }
        return new BatchNormalization(xc, wc, mean, invstd).record(y, xc, wc, bc);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        int[] shape = x.shape();
        int n = shape[0];
        int c = shape[1];
        int s = n == 0 || c == 0 ? 0 : x.numel() / (n * c);
        Tensor dx = needsGrad(0) ? Tensor.zeros(x.dtype(), shape) : null;
        double[] dgamma = new double[c];
        double[] dbeta = new double[c];
        Tensor gc = g.to(x.dtype());
        if (x.isFloat64()) {
            BatchNormReference.backward(n, c, s, x.doubleData(), weight == null ? null : weight.doubleData(), mean,
                    invstd, gc.doubleData(), dx == null ? null : dx.doubleData(), dgamma, dbeta);
        } else {
            BatchNormKernel.backward(n, c, s, x.floatData(), weight == null ? null : weight.floatData(), mean,
                    invstd, gc.floatData(), dx == null ? null : dx.floatData(), dgamma, dbeta);
        }
        Tensor dw = needsGrad(1) ? Tensor.of(dgamma, c).to(x.dtype()) : null;
        Tensor db = needsGrad(2) ? Tensor.of(dbeta, c).to(x.dtype()) : null;
        return new Tensor[] {dx, dw, db};
    }
}
