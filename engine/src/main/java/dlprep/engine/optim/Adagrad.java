package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;

import java.util.List;

/**
 * Adagrad (Duchi et al., 2011), PyTorch's {@code torch.optim.Adagrad} algorithm. With lr γ, lr decay η,
 * weight decay λ and the step count t, each step does
 * <pre>
 *   γ' ← γ / (1 + (t − 1) η)
 *   g ← ∇θ + λθ
 *   s ← s + g²             (s starts at the initial accumulator value)
 *   θ ← θ − γ' g / (√s + ε)
 * </pre>
 * Each coordinate's step is divided by the root of its summed squared gradients: rarely updated
 * coordinates keep large steps, frequent ones slow down. The sum only grows, so steps shrink for good.
 */
public final class Adagrad extends Optimizer {

    private double lrDecay;
    private double weightDecay;
    private double initialAccumulatorValue;
    private double eps = 1e-10;

    /** PyTorch's default learning rate, 0.01. */
    public Adagrad(List<Parameter> params) {
        this(params, 1e-2);
    }

    public Adagrad(List<Parameter> params, double lr) {
        super(params, lr);
    }

    /** η, at least 0 (default 0). */
    public Adagrad lrDecay(double lrDecay) {
        this.lrDecay = nonNegative("lrDecay", lrDecay);
        return this;
    }

    /** λ, at least 0 (default 0): L2 penalty added to the gradient. */
    public Adagrad weightDecay(double weightDecay) {
        this.weightDecay = nonNegative("weightDecay", weightDecay);
        return this;
    }

    /** The starting value of s, at least 0 (default 0); set it before the first step. */
    public Adagrad initialAccumulatorValue(double value) {
        this.initialAccumulatorValue = nonNegative("initialAccumulatorValue", value);
        return this;
    }

    /** ε, at least 0 (default 1e-10). */
    public Adagrad eps(double eps) {
        this.eps = nonNegative("eps", eps);
        return this;
    }

    @Override
    protected void update(float[] param, float[] grad, State state) {
        double lr = lr() / (1 + (state.step() - 1) * lrDecay);
        float[] sum = state.buffer("sum", param.length, (float) initialAccumulatorValue);
        for (int i = 0; i < param.length; i++) {
            double g = grad[i] + weightDecay * param[i];
            sum[i] = (float) (sum[i] + g * g);
            param[i] = (float) (param[i] - lr * g / (Math.sqrt(sum[i]) + eps));
        }
    }
}
