package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dlprep.engine.Failures.failsWith;
import static dlprep.engine.optim.FixedGradients.assertValues;
import static dlprep.engine.optim.FixedGradients.parameter;
import static dlprep.engine.optim.FixedGradients.step;

/**
 * {@link SGD} against steps worked out by hand from PyTorch's algorithm:
 * g = ∇ + λθ; b = g on the first step, else μb + (1 − τ)g; g = g + μb (Nesterov) or b; θ ← θ − γg.
 * The parameter starts at [1, -2] and the gradient is [0.5, -1] on every step.
 */
class SGDTest {

    @Test
    void plainStepIsLearningRateTimesGradient() {
        Parameter p = parameter(1, -2);
        SGD opt = new SGD(List.of(p), 0.1);
        step(opt, p, 0.5f, -1);
        assertValues(p, 1 - 0.1 * 0.5, -2 + 0.1 * 1);
        step(opt, p, 0.5f, -1);
        assertValues(p, 1 - 2 * 0.1 * 0.5, -2 + 2 * 0.1 * 1);
    }

    @Test
    void momentumWithWeightDecay() {
        Parameter p = parameter(1, -2);
        SGD opt = new SGD(List.of(p), 0.1).momentum(0.9).weightDecay(0.01);
        double g1a = 0.5 + 0.01 * 1;     double b1a = g1a;                double t1a = 1 - 0.1 * b1a;    // 0.949
        double g1b = -1 + 0.01 * -2;     double b1b = g1b;                double t1b = -2 - 0.1 * b1b;   // -1.898
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double g2a = 0.5 + 0.01 * t1a;   double b2a = 0.9 * b1a + g2a;    double t2a = t1a - 0.1 * b2a;  // 0.852151
        double g2b = -1 + 0.01 * t1b;    double b2b = 0.9 * b1b + g2b;    double t2b = t1b - 0.1 * b2b;
        step(opt, p, 0.5f, -1);
        assertValues(p, t2a, t2b);
        double g3a = 0.5 + 0.01 * t2a;   double b3a = 0.9 * b2a + g3a;    double t3a = t2a - 0.1 * b3a;
        double g3b = -1 + 0.01 * t2b;    double b3b = 0.9 * b2b + g3b;    double t3b = t2b - 0.1 * b3b;
        step(opt, p, 0.5f, -1);
        assertValues(p, t3a, t3b);
    }

    @Test
    void dampeningHoldsBackPartOfEachNewGradientButNotTheFirst() {
        Parameter p = parameter(1, -2);
        SGD opt = new SGD(List.of(p), 0.1).momentum(0.9).dampening(0.5);
        double b1a = 0.5;                       double b1b = -1;
        step(opt, p, 0.5f, -1);
        assertValues(p, 1 - 0.1 * b1a, -2 - 0.1 * b1b);
        double b2a = 0.9 * b1a + 0.5 * 0.5;     double b2b = 0.9 * b1b + 0.5 * -1;
        step(opt, p, 0.5f, -1);
        assertValues(p, 1 - 0.1 * (b1a + b2a), -2 - 0.1 * (b1b + b2b));
    }

    @Test
    void nesterovStepsWithTheGradientPlusTheMomentum() {
        Parameter p = parameter(1, -2);
        SGD opt = new SGD(List.of(p), 0.1).momentum(0.9).nesterov(true);
        double b1a = 0.5;               double t1a = 1 - 0.1 * (0.5 + 0.9 * b1a);      // 0.905
        double b1b = -1;                double t1b = -2 - 0.1 * (-1 + 0.9 * b1b);      // -1.81
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double b2a = 0.9 * b1a + 0.5;   double t2a = t1a - 0.1 * (0.5 + 0.9 * b2a);    // 0.7695
        double b2b = 0.9 * b1b - 1;     double t2b = t1b - 0.1 * (-1 + 0.9 * b2b);     // -1.539
        step(opt, p, 0.5f, -1);
        assertValues(p, t2a, t2b);
    }

    @Test
    void nesterovWithoutMomentumIsRejected() {
        Parameter p = parameter(1);
        SGD opt = new SGD(List.of(p), 0.1).nesterov(true);
        failsWith(() -> step(opt, p, 1), "SGD", "Nesterov", "momentum 0.0");
        failsWith(() -> step(opt.momentum(0.9).dampening(0.1), p, 1), "SGD", "Nesterov", "dampening 0.1");
    }
}
