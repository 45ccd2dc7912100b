package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;

import java.util.List;

/**
 * Adadelta (Zeiler, 2012), PyTorch's {@code torch.optim.Adadelta} algorithm. With lr γ, decay ρ and weight
 * decay λ, each step does
 * <pre>
 *   g ← ∇θ + λθ
 *   v ← ρ v + (1 − ρ) g²                  (running mean of squared gradients)
 *   Δ ← √(u + ε) / √(v + ε) · g           (u: running mean of squared updates, before this step)
 *   u ← ρ u + (1 − ρ) Δ²
 *   θ ← θ − γ Δ
 * </pre>
 * The ratio of the two root mean squares gives each step the units of θ, so the method needs no learning
 * rate in the paper (γ = 1, PyTorch's default, scales it).
 */
public final class Adadelta extends Optimizer {

    private double rho = 0.9;
    private double eps = 1e-6;
    private double weightDecay;

    /** PyTorch's default learning rate, 1.0. */
    public Adadelta(List<Parameter> params) {
        this(params, 1.0);
    }

    public Adadelta(List<Parameter> params, double lr) {
        super(params, lr);
    }

    /** ρ in [0, 1] (default 0.9). */
    public Adadelta rho(double rho) {
        this.rho = require("rho", rho, rho >= 0 && rho <= 1, "in [0, 1]");
        return this;
    }

    /** ε, at least 0 (default 1e-6). */
    public Adadelta eps(double eps) {
        this.eps = nonNegative("eps", eps);
        return this;
    }

    /** λ, at least 0 (default 0): L2 penalty added to the gradient. */
    public Adadelta weightDecay(double weightDecay) {
        this.weightDecay = nonNegative("weightDecay", weightDecay);
        return this;
    }

    @Override
    protected void update(float[] param, float[] grad, State state) {
        float[] squareAvg = state.buffer("square_avg", param.length);
        float[] accDelta = state.buffer("acc_delta", param.length);
        double lr = lr();
        for (int i = 0; i < param.length; i++) {
            double g = grad[i] + weightDecay * param[i];
            squareAvg[i] = (float) (rho * squareAvg[i] + (1 - rho) * g * g);
            double delta = Math.sqrt(accDelta[i] + eps) / Math.sqrt(squareAvg[i] + eps) * g;
            accDelta[i] = (float) (rho * accDelta[i] + (1 - rho) * delta * delta);
            param[i] = (float) (param[i] - lr * delta);
        }
    }
}
