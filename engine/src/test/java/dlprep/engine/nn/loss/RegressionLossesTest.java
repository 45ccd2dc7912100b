package dlprep.engine.nn.loss;

import dlprep.engine.autograd.GradCheck;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dlprep.engine.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The regression losses {@link MSELoss}, {@link L1Loss}, {@link SmoothL1Loss} and {@link HuberLoss}: values
 * from their piecewise definitions on both sides of the threshold, and gradients against finite
 * differences in float64 (away from the kinks, where finite differences are not defined).
 */
class RegressionLossesTest {

    private static final Tensor X = Tensor.of(new float[] {1, 2, 3});
    private static final Tensor Y = Tensor.of(new float[] {1, 0, 0});

    @Test
    void mseAveragesSquaredErrors() {
        // Errors 0, 2, 3: squares 0, 4, 9.
        assertEquals(13.0 / 3, new MSELoss().forward(X, Y).item(), 1e-6);
        assertEquals(13, new MSELoss(Reduction.SUM).forward(X, Y).item(), 1e-6);
        assertArrayEquals(new float[] {0, 4, 9}, new MSELoss(Reduction.NONE).forward(X, Y).toArray());
    }

    @Test
    void l1AveragesAbsoluteErrorsAndHasSignGradient() {
        assertEquals(5.0 / 3, new L1Loss().forward(X, Y).item(), 1e-6);
        assertArrayEquals(new float[] {0, 2, 3}, new L1Loss(Reduction.NONE).forward(X, Y).toArray());
        // d|x - y|/dx = sign(x - y), 0 where x = y (as PyTorch).
        Tensor x = Tensor.of(new float[] {1, -2, 3}).requiresGrad(true);
        new L1Loss(Reduction.SUM).forward(x, Y).backward();
        assertArrayEquals(new float[] {0, -1, 1}, x.grad().toArray());
    }

    @Test
    void smoothL1IsQuadraticBelowBetaAndLinearFromBetaOn() {
        // beta = 1, d = 0.5, -2, 1: 0.5 * 0.25 / 1 = 0.125; |-2| - 0.5 = 1.5; at |d| = beta both pieces give 0.5.
        Tensor d = Tensor.of(new float[] {0.5f, -2, 1});
        assertArrayEquals(new float[] {0.125f, 1.5f, 0.5f},
                new SmoothL1Loss(Reduction.NONE, 1).forward(d, Tensor.zeros(3)).toArray(), 1e-6f);
        // beta = 0.5, d = 0.2, 3: 0.5 * 0.04 / 0.5 = 0.04; 3 - 0.25 = 2.75.
        assertArrayEquals(new float[] {0.04f, 2.75f},
                new SmoothL1Loss(Reduction.NONE, 0.5).forward(Tensor.of(new float[] {0.2f, 3}), Tensor.zeros(2)).toArray(),
                1e-6f);
        assertEquals((0.125 + 1.5 + 0.5) / 3, new SmoothL1Loss().forward(d, Tensor.zeros(3)).item(), 1e-6);
        // beta = 0 is exactly L1.
        assertArrayEquals(new L1Loss(Reduction.NONE).forward(X, Y).toArray(),
                new SmoothL1Loss(Reduction.NONE, 0).forward(X, Y).toArray());
    }

    @Test
    void huberIsQuadraticBelowDeltaAndLinearWithSlopeDeltaBeyond() {
        // delta = 2, d = 1, -3: 0.5 * 1 = 0.5; 2 * (3 - 0.5 * 2) = 4.
        Tensor d = Tensor.of(new float[] {1, -3});
        assertArrayEquals(new float[] {0.5f, 4}, new HuberLoss(Reduction.NONE, 2).forward(d, Tensor.zeros(2)).toArray(),
                1e-6f);
        assertEquals(4.5, new HuberLoss(Reduction.SUM, 2).forward(d, Tensor.zeros(2)).item(), 1e-6);
        // PyTorch's documented identity: Huber(delta) = delta * SmoothL1(beta = delta).
        Generator rng = new Generator(11);
        Tensor x = Tensor.randn(rng, 10).mul(3.0);
        Tensor y = Tensor.randn(rng, 10);
        assertEquals(1.5 * new SmoothL1Loss(Reduction.MEAN, 1.5).forward(x, y).item(),
                new HuberLoss(Reduction.MEAN, 1.5).forward(x, y).item(), 1e-5);
    }

    @ParameterizedTest
    @EnumSource(Reduction.class)
    void gradientsMatchFiniteDifferences(Reduction reduction) {
        // Errors x - y = 0.7, -1.6, 0.2, 2.9, -0.35, 1.2: on both sides of beta = delta = 1, none at a kink.
        Tensor x = Tensor.of(new double[] {1.2, -0.6, 0.3, 2.4, 0.05, 1.7}, 2, 3).requiresGrad(true);
        Tensor y = Tensor.of(new double[] {0.5, 1.0, 0.1, -0.5, 0.4, 0.5}, 2, 3).requiresGrad(true);
        GradCheck.check(in -> new MSELoss(reduction).forward(in[0], in[1]), x, y);
        GradCheck.check(in -> new L1Loss(reduction).forward(in[0], in[1]), x, y);
        GradCheck.check(in -> new SmoothL1Loss(reduction, 1).forward(in[0], in[1]), x, y);
        GradCheck.check(in -> new SmoothL1Loss(reduction, 0.5).forward(in[0], in[1]), x, y);
        GradCheck.check(in -> new HuberLoss(reduction, 1).forward(in[0], in[1]), x, y);
        GradCheck.check(in -> new HuberLoss(reduction, 2.5).forward(in[0], in[1]), x, y);
    }

    @Test
    void badInputIsRejectedWithTheLossAndShapes() {
        failsWith(() -> new MSELoss().forward(Tensor.zeros(3, 1), Tensor.zeros(3)), "MSELoss", "[3]", "[3, 1]");
        failsWith(() -> new L1Loss().forward(Tensor.zeros(2), Tensor.zeros(3)), "L1Loss", "[3]", "[2]");
        failsWith(() -> new HuberLoss().forward(Tensor.zeros(2), Tensor.zeros(2, 2)), "HuberLoss", "[2, 2]");
        failsWith(() -> new SmoothL1Loss(Reduction.MEAN, -1), "SmoothL1Loss", "beta", "-1");
        failsWith(() -> new HuberLoss(Reduction.MEAN, 0), "HuberLoss", "delta", "0");
    }
}
