package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import dlprep.engine.tensor.Tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Optimizer steps with gradients chosen by the test, so that the expected parameters can be worked out by
 * hand from the published update rule.
 */
final class FixedGradients {

    /** Float32 rounding over a few steps stays well below this. */
    private static final double TOLERANCE = 2e-6;

    private FixedGradients() {
    }

    static Parameter parameter(float... values) {
        return new Parameter(Tensor.of(values));
    }

    /** Sets {@code p}'s gradient to {@code grad} and takes one step of {@code opt}. */
    static void step(Optimizer opt, Parameter p, float... grad) {
        p.setGrad(Tensor.of(grad));
        opt.step();
    }

    /** Asserts, element by element, that {@code p} holds {@code expected}. */
    static void assertValues(Parameter p, double... expected) {
        assertEquals(expected.length, p.numel());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], p.getFlat(i), TOLERANCE, "element " + i);
        }
    }
}
