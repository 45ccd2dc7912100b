package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * Binary cross entropy of probabilities x against targets y, elementwise:
 * {@code l = -(y log x + (1 - y) log(1 - x))}, with each log clamped to at least -100 as PyTorch does, so a
 * confidently wrong x = 0 or 1 costs 100 instead of infinity.
 *
 * <p>A fused op rather than {@code log} and {@code clamp}: composed, the gradient at x = 0 would be
 * {@code 0 * (1/0) = NaN}. Backward uses PyTorch's closed form {@code dl/dx = (x - y) / max(x (1 - x), 1e-12)},
 * finite everywhere, and {@code dl/dy = log(1 - x) - log x} (clamped logs) for targets that require a
 * gradient. {@code BCELoss} checks that x holds probabilities before calling it.
 */
public final class BinaryCrossEntropy extends Function {

    private static final double LOG_FLOOR = -100;
    private static final double EPS = 1e-12;

    private final Tensor x;
    private final Tensor y;

    private BinaryCrossEntropy(Tensor x, Tensor y) {
        super("binary_cross_entropy");
        this.x = x;
        this.y = y;
    }

    public static Tensor apply(Tensor x, Tensor y) {
        if (!Arrays.equals(x.shape(), y.shape())) {
            throw new IllegalArgumentException("binary_cross_entropy: target of shape " + Shape.str(y.shape())
                    + " does not match input of shape " + Shape.str(x.shape()));
        }
        DType type = DType.promote(x.dtype(), y.dtype());
        Tensor xc = x.to(type);
        Tensor yc = y.to(type);
        Tensor loss = Tensor.zeros(type, x.shape());
        for (int i = 0; i < loss.numel(); i++) {
            double p = xc.getFlat(i);
            double t = yc.getFlat(i);
            loss.setFlat(i, -(t * clampedLog(p) + (1 - t) * clampedLog(1 - p)));
        }
        return new BinaryCrossEntropy(xc, yc).record(loss, xc, yc);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor gx = needsGrad(0) ? Tensor.zerosLike(x) : null;
        Tensor gy = needsGrad(1) ? Tensor.zerosLike(y) : null;
        for (int i = 0; i < g.numel(); i++) {
            double p = x.getFlat(i);
            double t = y.getFlat(i);
            if (gx != null) {
                gx.setFlat(i, g.getFlat(i) * (p - t) / Math.max(p * (1 - p), EPS));
            }
            if (gy != null) {
                gy.setFlat(i, g.getFlat(i) * (clampedLog(1 - p) - clampedLog(p)));
            }
        }
        return new Tensor[] {gx, gy};
    }

    private static double clampedLog(double v) {
        return Math.max(Math.log(v), LOG_FLOOR);
    }
}
