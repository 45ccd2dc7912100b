package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dlprep.engine.optim.FixedGradients.assertValues;
import static dlprep.engine.optim.FixedGradients.parameter;
import static dlprep.engine.optim.FixedGradients.step;

/**
 * {@link Adadelta} against steps worked out by hand from PyTorch's algorithm: g = ∇ + λθ;
 * v ← ρv + (1 − ρ)g²; Δ = √(u + ε) / √(v + ε) · g; u ← ρu + (1 − ρ)Δ²; θ ← θ − γΔ.
 */
class AdadeltaTest {

    @Test
    void stepIsTheRatioOfRootMeanSquaredUpdatesToGradients() {
        Parameter p = parameter(1, -2);
        Adadelta opt = new Adadelta(List.of(p));   // γ = 1, ρ = 0.9, ε = 1e-6
        double e = 1e-6;
        double v1a = 0.1 * 0.25;    double d1a = Math.sqrt(0 + e) / Math.sqrt(v1a + e) * 0.5;   double u1a = 0.1 * d1a * d1a;
        double v1b = 0.1 * 1;       double d1b = Math.sqrt(0 + e) / Math.sqrt(v1b + e) * -1;    double u1b = 0.1 * d1b * d1b;
        step(opt, p, 0.5f, -1);
        assertValues(p, 1 - d1a, -2 - d1b);
        double v2a = 0.9 * v1a + 0.1 * 0.25;   double d2a = Math.sqrt(u1a + e) / Math.sqrt(v2a + e) * 0.5;
        double v2b = 0.9 * v1b + 0.1 * 1;      double d2b = Math.sqrt(u1b + e) / Math.sqrt(v2b + e) * -1;
        step(opt, p, 0.5f, -1);
        assertValues(p, 1 - d1a - d2a, -2 - d1b - d2b);
    }

    @Test
    void learningRateEpsAndWeightDecay() {
        // A large ε makes the first steps big enough to see; γ = 0.5, ρ = 0.8, λ = 0.1.
        Parameter p = parameter(1, -2);
        Adadelta opt = new Adadelta(List.of(p), 0.5).rho(0.8).eps(1e-2).weightDecay(0.1);
        double e = 1e-2;
        double g1a = 0.5 + 0.1 * 1;    double v1a = 0.2 * g1a * g1a;   double d1a = Math.sqrt(e) / Math.sqrt(v1a + e) * g1a;
        double g1b = -1 + 0.1 * -2;    double v1b = 0.2 * g1b * g1b;   double d1b = Math.sqrt(e) / Math.sqrt(v1b + e) * g1b;
        double t1a = 1 - 0.5 * d1a;    double t1b = -2 - 0.5 * d1b;
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a, t1b);
        double u1a = 0.2 * d1a * d1a;  double g2a = 0.5 + 0.1 * t1a;   double v2a = 0.8 * v1a + 0.2 * g2a * g2a;
        double d2a = Math.sqrt(u1a + e) / Math.sqrt(v2a + e) * g2a;
        double u1b = 0.2 * d1b * d1b;  double g2b = -1 + 0.1 * t1b;    double v2b = 0.8 * v1b + 0.2 * g2b * g2b;
        double d2b = Math.sqrt(u1b + e) / Math.sqrt(v2b + e) * g2b;
        step(opt, p, 0.5f, -1);
        assertValues(p, t1a - 0.5 * d2a, t1b - 0.5 * d2b);
    }
}
