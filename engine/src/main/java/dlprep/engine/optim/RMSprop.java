package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;

import java.util.List;

/**
 * RMSprop (Hinton's lecture notes; centered form from Graves, 2013), PyTorch's {@code torch.optim.RMSprop}
 * algorithm. With lr γ, smoothing α, momentum μ and weight decay λ, each step does
 * <pre>
 *   g ← ∇θ + λθ
 *   v ← α v + (1 − α) g²         (running mean of squared gradients)
 *   v' ← v, or v − ḡ² when centered, with ḡ ← α ḡ + (1 − α) g   (then v' estimates the variance)
 *   b ← μ b + g / (√v' + ε) and θ ← θ − γ b     if μ &gt; 0
 *   θ ← θ − γ g / (√v' + ε)                      otherwise
 * </pre>
 * Like Adagrad it divides by the root of the squared gradients, but by a running mean that forgets,
 * so steps do not shrink for good. ε is added after the square root (TensorFlow adds it inside).
 */
public final class RMSprop extends Optimizer {

    private double alpha = 0.99;
    private double eps = 1e-8;
    private double weightDecay;
    private double momentum;
    private boolean centered;

    /** PyTorch's default learning rate, 0.01. */
    public RMSprop(List<Parameter> params) {
        this(params, 1e-2);
    }

    public RMSprop(List<Parameter> params, double lr) {
        super(params, lr);
    }

    /** α in [0, 1] (default 0.99): how much of the running mean each step keeps. */
    public RMSprop alpha(double alpha) {
        this.alpha = require("alpha", alpha, alpha >= 0 && alpha <= 1, "in [0, 1]");
        return this;
    }

    /** ε, at least 0 (default 1e-8). */
    public RMSprop eps(double eps) {
        this.eps = nonNegative("eps", eps);
        return this;
    }

    /** λ, at least 0 (default 0): L2 penalty added to the gradient. */
    public RMSprop weightDecay(double weightDecay) {
        this.weightDecay = nonNegative("weightDecay", weightDecay);
        return this;
    }

    /** μ, at least 0 (default 0). */
    public RMSprop momentum(double momentum) {
        this.momentum = nonNegative("momentum", momentum);
        return this;
    }

    /** Divide by the estimated standard deviation of the gradient instead of its root mean square. */
    public RMSprop centered(boolean centered) {
        this.centered = centered;
        return this;
    }

    @Override
    protected void update(float[] param, float[] grad, State state) {
        float[] squareAvg = state.buffer("square_avg", param.length);
        float[] gradAvg = centered ? state.buffer("grad_avg", param.length) : null;
        float[] buf = momentum > 0 ? state.buffer("momentum_buffer", param.length) : null;
        double lr = lr();
        for (int i = 0; i < param.length; i++) {
            double g = grad[i] + weightDecay * param[i];
            squareAvg[i] = (float) (alpha * squareAvg[i] + (1 - alpha) * g * g);
            double v = squareAvg[i];
            if (gradAvg != null) {
                gradAvg[i] = (float) (alpha * gradAvg[i] + (1 - alpha) * g);
                v -= (double) gradAvg[i] * gradAvg[i];
            }
            double step = g / (Math.sqrt(v) + eps);
            if (buf != null) {
                buf[i] = (float) (momentum * buf[i] + step);
                step = buf[i];
            }
            param[i] = (float) (param[i] - lr * step);
        }
    }
}
