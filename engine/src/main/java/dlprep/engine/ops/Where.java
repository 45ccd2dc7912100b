package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Elementwise choice {@code cond ? a : b} with broadcasting of all three. The gradient goes to a where the
 * condition holds and to b elsewhere (never both, so a NaN in the unused branch's value stays out).
 */
public final class Where extends Function {

    private final Tensor mask;
    private final int[] aShape;
    private final int[] bShape;

    private Where(Tensor mask, int[] aShape, int[] bShape) {
        super("where");
        this.mask = mask;
        this.aShape = aShape;
        this.bShape = bShape;
    }

    public static Tensor apply(Tensor cond, Tensor a, Tensor b) {
        int[] shape = Shape.broadcast("where", Shape.broadcast("where", cond.shape(), a.shape()), b.shape());
        DType type = DType.promote(a.dtype(), b.dtype());
        Tensor ac = a.to(type);
        Tensor bc = b.to(type);
        Tensor c = cond.detach().expand(shape);
        Tensor ae = ac.detach().expand(shape);
        Tensor be = bc.detach().expand(shape);
        Tensor y = Tensor.zeros(type, shape);
        Tensor mask = Tensor.zeros(type, shape);
        for (int i = 0; i < y.numel(); i++) {
            boolean pick = c.getFlat(i) != 0;
            mask.setFlat(i, pick ? 1 : 0);
            y.setFlat(i, pick ? ae.getFlat(i) : be.getFlat(i));
        }
        return new Where(mask, a.shape(), b.shape()).record(y, ac, bc);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor ga = null;
        Tensor gb = null;
        if (needsGrad(0)) {
            ga = Sum.toShape(pick(g, true), aShape);
        }
        if (needsGrad(1)) {
            gb = Sum.toShape(pick(g, false), bShape);
        }
        return new Tensor[] {ga, gb};
    }

    private Tensor pick(Tensor g, boolean whereTrue) {
        Tensor out = Tensor.zerosLike(g);
        for (int i = 0; i < g.numel(); i++) {
            if ((mask.getFlat(i) != 0) == whereTrue) {
                out.setFlat(i, g.getFlat(i));
            }
        }
        return out;
    }
}
