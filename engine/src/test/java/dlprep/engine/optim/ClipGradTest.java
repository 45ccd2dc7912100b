package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dlprep.engine.Failures.failsWith;
import static dlprep.engine.optim.FixedGradients.parameter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@link ClipGrad}: the norm over all gradients, the scale maxNorm / (norm + 1e-6), and clipping by value. */
class ClipGradTest {

    private static Parameter withGrad(float[] values, float... grad) {
        Parameter p = parameter(values);
        p.setGrad(Tensor.of(grad));
        return p;
    }

    @Test
    void normIsTakenOverAllGradientsTogetherAndScaledDownToMaxNorm() {
        // Gradients [3, 0] and [4]: one vector of norm sqrt(9 + 16) = 5, scaled by 1 / (5 + 1e-6).
        Parameter a = withGrad(new float[] {0, 0}, 3, 0);
        Parameter b = withGrad(new float[] {0}, 4);
        Parameter none = parameter(1);
        double norm = ClipGrad.clipGradNorm(List.of(a, b, none), 1.0);
        assertEquals(5, norm, 1e-6);
        double scale = 1 / (5 + 1e-6);
        assertArrayEquals(new float[] {(float) (3 * scale), 0}, a.grad().toArray(), 1e-7f);
        assertArrayEquals(new float[] {(float) (4 * scale)}, b.grad().toArray(), 1e-7f);
        assertNull(none.grad());
    }

    @Test
    void gradientsWithinTheNormAreLeftAsTheyAre() {
        Parameter a = withGrad(new float[] {0, 0}, 3, 4);
        Tensor before = a.grad();
        assertEquals(5, ClipGrad.clipGradNorm(List.of(a), 10), 1e-6);
        assertSame(before, a.grad());
    }

    @Test
    void infinityNormIsTheLargestMagnitude() {
        Parameter a = withGrad(new float[] {0, 0, 0}, 1, -6, 2);
        assertEquals(6, ClipGrad.clipGradNorm(List.of(a), 3, Double.POSITIVE_INFINITY), 0);
        double scale = 3 / (6 + 1e-6);
        assertArrayEquals(new float[] {(float) scale, (float) (-6 * scale), (float) (2 * scale)}, a.grad().toArray(),
                1e-6f);
    }

    @Test
    void aGradientThatBackwardSharedBetweenParametersIsScaledOnce() {
        // Backward of a + b hands the same gradient tensor to a and b; each must still be scaled exactly once.
        Parameter a = parameter(1, 1);
        Parameter b = parameter(2, 2);
        a.add(b).mul(Tensor.of(new float[] {3, 4})).sum().backward();
        double norm = ClipGrad.clipGradNorm(List.of(a, b), 1.0);
        assertEquals(Math.sqrt(2 * (9 + 16)), norm, 1e-5);
        float expected0 = (float) (3 / (norm + 1e-6));
        float expected1 = (float) (4 / (norm + 1e-6));
        assertArrayEquals(new float[] {expected0, expected1}, a.grad().toArray(), 1e-6f);
        assertArrayEquals(new float[] {expected0, expected1}, b.grad().toArray(), 1e-6f);
    }

    @Test
    void clipByValueLimitsEachElement() {
        Parameter a = withGrad(new float[] {0, 0, 0}, -3, 0.5f, 2);
        ClipGrad.clipGradValue(List.of(a, parameter(1)), 1);
        assertArrayEquals(new float[] {-1, 0.5f, 1}, a.grad().toArray());
    }

    @Test
    void badArgumentsAreRejected() {
        failsWith(() -> ClipGrad.clipGradNorm(List.of(), -1), "clipGradNorm", "maxNorm", "-1");
        failsWith(() -> ClipGrad.clipGradNorm(List.of(), 1, 0), "clipGradNorm", "normType", "0");
        failsWith(() -> ClipGrad.clipGradValue(List.of(), -0.5), "clipGradValue", "clipValue", "-0.5");
    }
}
