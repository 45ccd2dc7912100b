package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dlprep.engine.optim.FixedGradients.assertValues;
import static dlprep.engine.optim.FixedGradients.parameter;
import static dlprep.engine.optim.FixedGradients.step;

/**
 * {@link RMSprop} against steps worked out by hand from PyTorch's algorithm: g = ∇ + λθ;
 * v ← αv + (1 − α)g²; v' = v, or v − ḡ² with ḡ ← αḡ + (1 − α)g when centered;
 * b ← μb + g / (√v' + ε) and θ ← θ − γb with momentum, else θ ← θ − γ g / (√v' + ε).
 * Gradients [0.5, -1] then [-0.2, -0.5]; α = 0.9 so that the running means move visibly.
 */
class RMSpropTest {

    private static final double EPS = 1e-8;

    @Test
    void dividesByTheRootMeanSquareOfRecentGradients() {
        Parameter p = parameter(1, -2);
        RMSprop opt = new RMSprop(List.of(p), 0.01).alpha(0.9);
        double v1a = 0.1 * 0.25;                double t1a = 1 - 0.01 * 0.5 / (Math.sqrt(v1a) + EPS);
        double v1b = 0.1 * 1;                   double t1b = -2 - 0.01 * -1 / (Math.sqrt(v1b) + EPS);
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double v2a = 0.9 * v1a + 0.1 * 0.04;    double t2a = t1a - 0.01 * -0.2 / (Math.sqrt(v2a) + EPS);
        double v2b = 0.9 * v1b + 0.1 * 0.25;    double t2b = t1b - 0.01 * -0.5 / (Math.sqrt(v2b) + EPS);
        step(opt, p, -0.2f, -0.5f);
        assertValues(p, t2a, t2b);
    }

    @Test
    void centeredSubtractsTheSquaredMeanGradient() {
        Parameter p = parameter(1, -2);
        RMSprop opt = new RMSprop(List.of(p), 0.01).alpha(0.9).centered(true);
        double v1a = 0.1 * 0.25;   double m1a = 0.1 * 0.5;   double t1a = 1 - 0.01 * 0.5 / (Math.sqrt(v1a - m1a * m1a) + EPS);
        double v1b = 0.1 * 1;      double m1b = 0.1 * -1;    double t1b = -2 - 0.01 * -1 / (Math.sqrt(v1b - m1b * m1b) + EPS);
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double v2a = 0.9 * v1a + 0.1 * 0.04;   double m2a = 0.9 * m1a + 0.1 * -0.2;
        double t2a = t1a - 0.01 * -0.2 / (Math.sqrt(v2a - m2a * m2a) + EPS);
        double v2b = 0.9 * v1b + 0.1 * 0.25;   double m2b = 0.9 * m1b + 0.1 * -0.5;
        double t2b = t1b - 0.01 * -0.5 / (Math.sqrt(v2b - m2b * m2b) + EPS);
        step(opt, p, -0.2f, -0.5f);
        assertValues(p, t2a, t2b);
    }

    @Test
    void momentumWithWeightDecay() {
        Parameter p = parameter(1, -2);
        RMSprop opt = new RMSprop(List.of(p), 0.01).alpha(0.9).momentum(0.5).weightDecay(0.1);
        double g1a = 0.5 + 0.1 * 1;     double v1a = 0.1 * g1a * g1a;   double b1a = g1a / (Math.sqrt(v1a) + EPS);
        double g1b = -1 + 0.1 * -2;     double v1b = 0.1 * g1b * g1b;   double b1b = g1b / (Math.sqrt(v1b) + EPS);
        double t1a = 1 - 0.01 * b1a;    double t1b = -2 - 0.01 * b1b;
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double g2a = -0.2 + 0.1 * t1a;  double v2a = 0.9 * v1a + 0.1 * g2a * g2a;  double b2a = 0.5 * b1a + g2a / (Math.sqrt(v2a) + EPS);
        double g2b = -0.5 + 0.1 * t1b;  double v2b = 0.9 * v1b + 0.1 * g2b * g2b;  double b2b = 0.5 * b1b + g2b / (Math.sqrt(v2b) + EPS);
        step(opt, p, -0.2f, -0.5f);
        assertValues(p, t1a - 0.01 * b2a, t1b - 0.01 * b2b);
    }
}
