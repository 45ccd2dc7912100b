package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dlprep.engine.optim.FixedGradients.assertValues;
import static dlprep.engine.optim.FixedGradients.parameter;
import static dlprep.engine.optim.FixedGradients.step;

/**
 * {@link Adagrad} against steps worked out by hand from PyTorch's algorithm:
 * γ' = γ / (1 + (t − 1)η); g = ∇ + λθ; s ← s + g²; θ ← θ − γ' g / (√s + ε).
 */
class AdagradTest {

    private static final double EPS = 1e-10;

    @Test
    void stepsShrinkAsSquaredGradientsAccumulate() {
        Parameter p = parameter(1, -2);
        Adagrad opt = new Adagrad(List.of(p), 0.1);
        double s1a = 0.25;              double t1a = 1 - 0.1 * 0.5 / (Math.sqrt(s1a) + EPS);     // 0.9
        double s1b = 1;                 double t1b = -2 - 0.1 * -1 / (Math.sqrt(s1b) + EPS);     // -1.9
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double s2a = s1a + 0.25;        double t2a = t1a - 0.1 * 0.5 / (Math.sqrt(s2a) + EPS);   // 0.9 - 0.1/sqrt(2)
        double s2b = s1b + 1;           double t2b = t1b - 0.1 * -1 / (Math.sqrt(s2b) + EPS);
        step(opt, p, 0.5f, -1);
        assertValues(p, t2a, t2b);
    }

    @Test
    void learningRateDecayWeightDecayAndInitialAccumulator() {
        Parameter p = parameter(1, -2);
        Adagrad opt = new Adagrad(List.of(p), 0.1).lrDecay(0.5).weightDecay(0.1).initialAccumulatorValue(0.1);
        // Step 1: γ' = 0.1; step 2: γ' = 0.1 / (1 + 0.5).
        double g1a = 0.5 + 0.1 * 1;     double s1a = 0.1 + g1a * g1a;    double t1a = 1 - 0.1 * g1a / (Math.sqrt(s1a) + EPS);
        double g1b = -1 + 0.1 * -2;     double s1b = 0.1 + g1b * g1b;    double t1b = -2 - 0.1 * g1b / (Math.sqrt(s1b) + EPS);
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double g2a = 0.5 + 0.1 * t1a;   double s2a = s1a + g2a * g2a;    double t2a = t1a - 0.1 / 1.5 * g2a / (Math.sqrt(s2a) + EPS);
        double g2b = -1 + 0.1 * t1b;    double s2b = s1b + g2b * g2b;    double t2b = t1b - 0.1 / 1.5 * g2b / (Math.sqrt(s2b) + EPS);
        step(opt, p, 0.5f, -1);
        assertValues(p, t2a, t2b);
    }
}
