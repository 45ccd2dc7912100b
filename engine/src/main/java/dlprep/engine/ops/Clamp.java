package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.Tensor;

/** {@code min(max(x, lo), hi)}; the gradient passes where {@code lo <= x <= hi} (as PyTorch's clamp). */
public final class Clamp extends Function {

    private final Tensor x;
    private final double lo;
    private final double hi;

    private Clamp(Tensor x, double lo, double hi) {
        super("clamp");
        this.x = x;
        this.lo = lo;
        this.hi = hi;
    }

    public static Tensor apply(Tensor x, double lo, double hi) {
        if (lo > hi) {
            throw new IllegalArgumentException("clamp: min " + lo + " is greater than max " + hi);
        }
        Tensor y = Tensor.zerosLike(x);
        for (int i = 0; i < x.numel(); i++) {
            y.setFlat(i, Math.min(Math.max(x.getFlat(i), lo), hi));
        }
        return new Clamp(x, lo, hi).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor dx = Tensor.zerosLike(x);
        for (int i = 0; i < x.numel(); i++) {
            double v = x.getFlat(i);
            dx.setFlat(i, v >= lo && v <= hi ? g.getFlat(i) : 0);
        }
        return new Tensor[] {dx};
    }
}
