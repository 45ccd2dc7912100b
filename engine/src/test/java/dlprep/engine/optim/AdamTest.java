package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dlprep.engine.optim.FixedGradients.assertValues;
import static dlprep.engine.optim.FixedGradients.parameter;
import static dlprep.engine.optim.FixedGradients.step;

/**
 * {@link Adam} and {@link AdamW} against steps worked out by hand from PyTorch's algorithms:
 * m ← β1m + (1 − β1)g; v ← β2v + (1 − β2)g²; θ ← θ − γ (m / (1 − β1^t)) / (√(v / (1 − β2^t)) + ε),
 * with g = ∇ + λθ for Adam's weight decay, θ ← θ − γλθ first for AdamW's, and v replaced by its running
 * maximum for AMSGrad. Gradients [0.5, -1] then [-0.2, -0.5].
 */
class AdamTest {

    private static final double EPS = 1e-8;

    @Test
    void biasCorrectedMomentOverRootMeanSquare() {
        Parameter p = parameter(1, -2);
        Adam opt = new Adam(List.of(p), 0.1);
        // Step 1: m̂ = g and v̂ = g², so every coordinate moves by γ (up to ε) against its gradient's sign.
        double m1a = 0.1 * 0.5;     double v1a = 0.001 * 0.25;
        double m1b = 0.1 * -1;      double v1b = 0.001 * 1;
        double t1a = 1 - 0.1 * (m1a / 0.1) / (Math.sqrt(v1a / 0.001) + EPS);    // 0.9
        double t1b = -2 - 0.1 * (m1b / 0.1) / (Math.sqrt(v1b / 0.001) + EPS);   // -1.9
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double c1 = 1 - 0.9 * 0.9;   double c2 = 1 - 0.999 * 0.999;
        double m2a = 0.9 * m1a + 0.1 * -0.2;    double v2a = 0.999 * v1a + 0.001 * 0.04;
        double m2b = 0.9 * m1b + 0.1 * -0.5;    double v2b = 0.999 * v1b + 0.001 * 0.25;
        step(opt, p, -0.2f, -0.5f);
        assertValues(p, t1a - 0.1 * (m2a / c1) / (Math.sqrt(v2a / c2) + EPS),
                t1b - 0.1 * (m2b / c1) / (Math.sqrt(v2b / c2) + EPS));
    }

    @Test
    void weightDecayIsAddedToTheGradient() {
        Parameter p = parameter(1, -2);
        Adam opt = new Adam(List.of(p), 0.1).weightDecay(0.1);
        double g1a = 0.5 + 0.1 * 1;   double m1a = 0.1 * g1a;   double v1a = 0.001 * g1a * g1a;
        double g1b = -1 + 0.1 * -2;   double m1b = 0.1 * g1b;   double v1b = 0.001 * g1b * g1b;
        double t1a = 1 - 0.1 * (m1a / 0.1) / (Math.sqrt(v1a / 0.001) + EPS);
        double t1b = -2 - 0.1 * (m1b / 0.1) / (Math.sqrt(v1b / 0.001) + EPS);
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double c1 = 1 - 0.9 * 0.9;   double c2 = 1 - 0.999 * 0.999;
        double g2a = -0.2 + 0.1 * t1a;   double m2a = 0.9 * m1a + 0.1 * g2a;   double v2a = 0.999 * v1a + 0.001 * g2a * g2a;
        double g2b = -0.5 + 0.1 * t1b;   double m2b = 0.9 * m1b + 0.1 * g2b;   double v2b = 0.999 * v1b + 0.001 * g2b * g2b;
        step(opt, p, -0.2f, -0.5f);
        assertValues(p, t1a - 0.1 * (m2a / c1) / (Math.sqrt(v2a / c2) + EPS),
                t1b - 0.1 * (m2b / c1) / (Math.sqrt(v2b / c2) + EPS));
    }

    @Test
    void amsgradDividesByTheLargestSecondMomentSoFar() {
        // β2 = 0.5 forgets fast: element a's v falls from 0.5 to 0.255 but AMSGrad keeps 0.5; element b's rises.
        Parameter p = parameter(1, -2);
        Adam opt = new Adam(List.of(p), 0.1).betas(0.9, 0.5).amsgrad(true);
        double m1a = 0.1 * 1;     double v1a = 0.5 * 1;   double t1a = 1 - 0.1 * (m1a / 0.1) / (Math.sqrt(v1a / 0.5) + EPS);
        double m1b = 0.1 * -1;    double v1b = 0.5 * 1;   double t1b = -2 - 0.1 * (m1b / 0.1) / (Math.sqrt(v1b / 0.5) + EPS);
        step(opt, p, 1, -1);
        assertValues(p, t1a, t1b);
        double c1 = 1 - 0.9 * 0.9;   double c2 = 1 - 0.5 * 0.5;
        double m2a = 0.9 * m1a + 0.1 * 0.1;   double v2a = 0.5 * v1a + 0.5 * 0.01;   double max2a = Math.max(v1a, v2a);   // 0.5
        double m2b = 0.9 * m1b + 0.1 * -2;    double v2b = 0.5 * v1b + 0.5 * 4;      double max2b = Math.max(v1b, v2b);   // 2.25
        step(opt, p, 0.1f, -2);
        assertValues(p, t1a - 0.1 * (m2a / c1) / (Math.sqrt(max2a / c2) + EPS),
                t1b - 0.1 * (m2b / c1) / (Math.sqrt(max2b / c2) + EPS));
    }

    @Test
    void adamWShrinksTheWeightsBeforeTheAdamStep() {
        Parameter p = parameter(1, -2);
        AdamW opt = new AdamW(List.of(p), 0.1);   // λ = 0.01 by default: θ ← θ (1 − 0.1 * 0.01) first
        double m1a = 0.1 * 0.5;     double v1a = 0.001 * 0.25;
        double m1b = 0.1 * -1;      double v1b = 0.001 * 1;
        double t1a = 1 * 0.999 - 0.1 * (m1a / 0.1) / (Math.sqrt(v1a / 0.001) + EPS);    // 0.899
        double t1b = -2 * 0.999 - 0.1 * (m1b / 0.1) / (Math.sqrt(v1b / 0.001) + EPS);   // -1.898
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        opt.weightDecay(0.5);   // θ ← θ (1 − 0.1 * 0.5) from now on
        double c1 = 1 - 0.9 * 0.9;   double c2 = 1 - 0.999 * 0.999;
        double m2a = 0.9 * m1a + 0.1 * -0.2;    double v2a = 0.999 * v1a + 0.001 * 0.04;
        double m2b = 0.9 * m1b + 0.1 * -0.5;    double v2b = 0.999 * v1b + 0.001 * 0.25;
        step(opt, p, -0.2f, -0.5f);
        assertValues(p, t1a * 0.95 - 0.1 * (m2a / c1) / (Math.sqrt(v2a / c2) + EPS),
                t1b * 0.95 - 0.1 * (m2b / c1) / (Math.sqrt(v2b / c2) + EPS));
    }

    @Test
    void stepCountIsKeptPerParameter() {
        // A parameter without a gradient in step 1 is skipped; its first update in step 2 uses t = 1, so
        // m̂ = g and v̂ = g² and it moves by γ exactly (up to ε), as its partner did in step 1.
        Parameter a = parameter(1);
        Parameter b = parameter(1);
        Adam opt = new Adam(List.of(a, b), 0.1);
        step(opt, a, 0.5f);
        assertValues(b, 1);
        b.setGrad(Tensor.of(new float[] {0.5f}));
        step(opt, a, 0.5f);
        assertValues(b, 1 - 0.1 * 0.5 / (0.5 + EPS));
    }
}
