package dlprep.engine.autograd;

import dlprep.engine.kernels.UnaryFn;
import dlprep.engine.ops.Unary;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every differentiable op of the engine checked against central finite differences in float64
 * ({@link GradCheck}), including broadcasting and fan-out cases.
 */
class OpGradientsTest {

    private static final Generator RNG = new Generator(7);

    /** A float64 input of normal samples that requires a gradient. */
    static Tensor var(int... shape) {
        double[] v = new double[dlprep.engine.tensor.Shape.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = RNG.normal();
        }
        return Tensor.wrap(v, shape).requiresGrad(true);
    }

    /** A float64 input with values in [lo, hi), away from kinks and singularities. */
    static Tensor varIn(double lo, double hi, int... shape) {
        double[] v = new double[dlprep.engine.tensor.Shape.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * RNG.uniform();
        }
        return Tensor.wrap(v, shape).requiresGrad(true);
    }

    static void check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        GradCheck.check(f, inputs);
    }

    @ParameterizedTest
    @EnumSource(UnaryFn.class)
    void unaryFunctionsMatchFiniteDifferences(UnaryFn fn) {
        // Positive inputs for log/sqrt; elsewhere values kept 0.05 away from the kinks at 0.
        Tensor x = switch (fn) {
            case LOG, SQRT -> varIn(0.2, 3, 3, 4);
            default -> {
                Tensor t = varIn(0.05, 2, 3, 4);
                for (int i = 0; i < t.numel(); i += 2) {
                    t.setFlat(i, -t.getFlat(i));
                }
                yield t;
            }
        };
        double p = fn == UnaryFn.SOFTPLUS ? 1.5 : fn == UnaryFn.LEAKY_RELU ? 0.1 : 1.3;
        check(in -> Unary.apply(fn, p, in[0]), x);
    }

    @Test
    void arithmeticWithBroadcasting() {
        check(in -> in[0].add(in[1]), var(2, 3, 4), var(3, 1));
        check(in -> in[0].sub(in[1]), var(4), var(2, 3, 4));
        check(in -> in[0].mul(in[1]), var(2, 1, 4), var(3, 1));
        check(in -> in[0].div(in[1]), var(2, 3), varIn(0.5, 2, 3));
        check(in -> in[0].pow(in[1]), varIn(0.5, 2, 2, 3), var(1, 3));
        check(in -> in[0].pow(3.0), var(5));
        check(in -> in[0].rsub(2.0).mul(3.0).div(4.0).add(1.0).sub(0.5), var(2, 2));
    }

    @Test
    void maximumAndMinimumIncludingTies() {
        check(in -> in[0].maximum(in[1]), var(3, 4), var(4));
        check(in -> in[0].minimum(in[1]), var(3, 1), var(1, 4));
    }

    @Test
    void clampPassesGradientInsideTheRange() {
        Tensor x = Tensor.of(new double[] {-2, -0.5, 0.2, 0.7, 3}).requiresGrad(true);
        check(in -> in[0].clamp(-1, 1), x);
    }

    @Test
    void reductions() {
        check(in -> in[0].sum(), var(2, 3));
        check(in -> in[0].sum(new int[] {0, 2}, false), var(2, 3, 4));
        check(in -> in[0].sum(1, true), var(2, 3, 4));
        check(in -> in[0].mean(-1), var(3, 5));
        check(in -> in[0].mean(new int[] {0, 1}, true), var(3, 5));
        check(in -> in[0].var(new int[] {1}, true, false), var(3, 5));
        check(in -> in[0].std(new int[] {0}, false, true), var(4, 2));
        check(in -> in[0].max(1, false).values(), var(3, 5));
        check(in -> in[0].min(0, true).values(), var(3, 5));
        check(in -> in[0].max(), var(7));
    }

    @Test
    void softmaxFamily() {
        check(in -> in[0].logsumexp(1, false), var(3, 4));
        check(in -> in[0].softmax(-1), var(2, 5));
        check(in -> in[0].logSoftmax(0), var(4, 3));
    }

    @Test
    void matmulInAllItsShapes() {
        check(in -> in[0].matmul(in[1]), var(3, 4), var(4, 5));
        check(in -> in[0].matmul(in[1]), var(4), var(4, 2));
        check(in -> in[0].matmul(in[1]), var(3, 4), var(4));
        check(in -> in[0].matmul(in[1]), var(4), var(4));
        check(in -> in[0].matmul(in[1]), var(2, 3, 4), var(4, 2));       // batch broadcast of B
        check(in -> in[0].matmul(in[1]), var(2, 1, 3, 4), var(5, 4, 2)); // both broadcast
    }

    @Test
    void movementOps() {
        check(in -> in[0].reshape(3, -1), var(2, 3, 2));
        check(in -> in[0].permute(2, 0, 1), var(2, 3, 4));
        check(in -> in[0].transpose(0, 1), var(2, 3));
        check(in -> in[0].slice(1, 1, 5, 2), var(2, 6));
        check(in -> in[0].slice(0, -2, 10), var(4, 2));
        check(in -> in[0].select(1, 2), var(2, 4));
        check(in -> in[0].expand(3, 2, 4), var(2, 1));
        check(in -> in[0].pad(new int[] {1, 2, 0, 1}, 0.5), var(2, 3));
        check(in -> in[0].flatten(1, 2).squeeze().unsqueeze(0), var(2, 3, 1));
        check(in -> Tensor.cat(1, in[0], in[1], in[0]), var(2, 3), var(2, 1));
        check(in -> Tensor.stack(0, in[0], in[1]), var(2, 3), var(2, 3));
        check(in -> in[0].split(2, 1).get(1).mul(in[0].chunk(2, 1).get(0)), var(3, 4));
        check(in -> in[0].copy(), var(3));
    }

    @Test
    void indexingOps() {
        Tensor index = Tensor.of(new float[] {2, 0, 2, 1});
        check(in -> in[0].indexSelect(1, index), var(2, 3));
        Tensor gatherIndex = Tensor.of(new float[][] {{0, 0, 2}, {1, 2, 1}});
        check(in -> in[0].gather(1, gatherIndex), var(2, 4));
        check(in -> in[0].scatterAdd(1, gatherIndex, in[1]), var(2, 4), var(2, 3));
        Tensor mask = Tensor.of(new float[][] {{1, 0, 1}, {0, 0, 1}});
        check(in -> in[0].maskedFill(mask, -3), var(2, 3));
        check(in -> Tensor.where(mask, in[0], in[1]), var(2, 3), var(3));
    }

    @Test
    void castBetweenTypes() {
        // Through float32 and back the values lose precision, so only the float64 round trip is checked.
        check(in -> in[0].to(DType.FLOAT64).mul(2.0), var(3));
    }

    @Test
    void fanOutSumsEveryUse() {
        check(in -> in[0].mul(in[0]).add(in[0].exp()).sum(0, false).mul(in[0].select(0, 0)), var(3, 2));
    }

    @Test
    void gradCheckCatchesAWrongGradient() {
        // A custom op whose backward is deliberately off by a factor of two must fail the check.
        Function<Tensor[], Tensor> wrongSquare = in -> {
            Tensor x = in[0];
            Tensor y = x.detach().mul(x.detach());
            return new dlprep.engine.autograd.Function("wrong_square") {
                @Override
                protected Tensor[] backward(Tensor g) {
                    return new Tensor[] {g.mul(x.detach()).mul(4.0)};
                }
            }.record(y, x);
        };
        assertThrows(GradCheckException.class, () -> GradCheck.check(wrongSquare, var(3)));
    }
}
