package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;

import java.util.List;

/**
 * Adam (Kingma and Ba, 2015), PyTorch's {@code torch.optim.Adam} algorithm. With lr γ, betas β1, β2,
 * weight decay λ and the step count t, each step does
 * <pre>
 *   g ← ∇θ + λθ                       (L2 weight decay; AdamW decouples it instead)
 *   m ← β1 m + (1 − β1) g             (first moment: running mean of gradients)
 *   v ← β2 v + (1 − β2) g²            (second moment: running mean of squared gradients)
 *   m̂ ← m / (1 − β1^t)                (bias correction: m and v start at 0)
 *   v̂ ← v / (1 − β2^t), or with AMSGrad v_max ← max(v_max, v) and v̂ ← v_max / (1 − β2^t)
 *   θ ← θ − γ m̂ / (√v̂ + ε)
 * </pre>
 * Momentum (m) divided by a per-coordinate scale (√v): steps of roughly γ whatever the gradient's size.
 * AMSGrad keeps the largest v seen, so the effective step size never grows back.
 */
public class Adam extends Optimizer {

    private final boolean decoupledWeightDecay;
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double eps = 1e-8;
    private double weightDecay;
    private boolean amsgrad;

    /** PyTorch's default learning rate, 0.001. */
    public Adam(List<Parameter> params) {
        this(params, 1e-3);
    }

    public Adam(List<Parameter> params, double lr) {
        this(params, lr, false, 0);
    }

    /**
     * For {@link AdamW}: with {@code decoupledWeightDecay} the decay shrinks θ directly, θ ← θ − γλθ, before
     * the Adam step, instead of entering the gradient (PyTorch has built AdamW on Adam the same way since a 2025 refactor).
     */
    protected Adam(List<Parameter> params, double lr, boolean decoupledWeightDecay, double weightDecay) {
        super(params, lr);
        this.decoupledWeightDecay = decoupledWeightDecay;
        this.weightDecay = nonNegative("weightDecay", weightDecay);
    }

    /** β1 and β2, each in [0, 1) (default 0.9 and 0.999). */
    public Adam betas(double beta1, double beta2) {
        this.beta1 = require("beta1", beta1, beta1 >= 0 && beta1 < 1, "in [0, 1)");
        this.beta2 = require("beta2", beta2, beta2 >= 0 && beta2 < 1, "in [0, 1)");
        return this;
    }

    /** ε, at least 0 (default 1e-8). */
    public Adam eps(double eps) {
        this.eps = nonNegative("eps", eps);
        return this;
    }

    /** λ, at least 0 (default 0 for Adam, 0.01 for AdamW). */
    public Adam weightDecay(double weightDecay) {
        this.weightDecay = nonNegative("weightDecay", weightDecay);
        return this;
    }

    /** The AMSGrad variant (Reddi et al., 2018), default off. */
    public Adam amsgrad(boolean amsgrad) {
        this.amsgrad = amsgrad;
        return this;
    }

    @Override
    protected final void update(float[] param, float[] grad, State state) {
        float[] expAvg = state.buffer("exp_avg", param.length);
        float[] expAvgSq = state.buffer("exp_avg_sq", param.length);
        float[] maxExpAvgSq = amsgrad ? state.buffer("max_exp_avg_sq", param.length) : null;
        double lr = lr();
        double biasCorrection1 = 1 - Math.pow(beta1, state.step());
        double biasCorrection2 = 1 - Math.pow(beta2, state.step());
        double l2 = decoupledWeightDecay ? 0 : weightDecay;
        double shrink = decoupledWeightDecay ? 1 - lr * weightDecay : 1;
        for (int i = 0; i < param.length; i++) {
            double p = param[i] * shrink;
            double g = grad[i] + l2 * param[i];
            expAvg[i] = (float) (beta1 * expAvg[i] + (1 - beta1) * g);
            expAvgSq[i] = (float) (beta2 * expAvgSq[i] + (1 - beta2) * g * g);
            double v = expAvgSq[i];
            if (maxExpAvgSq != null) {
                maxExpAvgSq[i] = Math.max(maxExpAvgSq[i], expAvgSq[i]);
                v = maxExpAvgSq[i];
            }
            param[i] = (float) (p - lr * (expAvg[i] / biasCorrection1) / (Math.sqrt(v / biasCorrection2) + eps));
        }
    }
}
