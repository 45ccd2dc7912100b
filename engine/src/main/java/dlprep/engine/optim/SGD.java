package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;

import java.util.List;

/**
 * Stochastic gradient descent with momentum, PyTorch's {@code torch.optim.SGD} algorithm. With lr γ,
 * momentum μ, dampening τ and weight decay λ, each step does
 * <pre>
 *   g ← ∇θ + λθ                                   (L2 weight decay)
 *   b ← g on the first step, else μ b + (1 − τ) g   (momentum buffer, if μ ≠ 0)
 *   g ← g + μ b with Nesterov, else b
 *   θ ← θ − γ g
 * </pre>
 * Momentum averages recent gradients, so steps grow along directions that agree and cancel along ones
 * that oscillate; the Nesterov variant looks one step ahead along the momentum. Note PyTorch's convention
 * (also used here): the learning rate multiplies the buffer, not the gradient entering it.
 */
public final class SGD extends Optimizer {

    private double momentum;
    private double dampening;
    private double weightDecay;
    private boolean nesterov;

    public SGD(List<Parameter> params, double lr) {
        super(params, lr);
    }

    /** μ, at least 0 (default 0: plain gradient descent). */
    public SGD momentum(double momentum) {
        this.momentum = nonNegative("momentum", momentum);
        return this;
    }

    /** τ, at least 0 (default 0): the share of each new gradient held back from the buffer. */
    public SGD dampening(double dampening) {
        this.dampening = nonNegative("dampening", dampening);
        return this;
    }

    /** λ, at least 0 (default 0): the L2 penalty (λ/2)‖θ‖² added to the loss. */
    public SGD weightDecay(double weightDecay) {
        this.weightDecay = nonNegative("weightDecay", weightDecay);
        return this;
    }

    /** Nesterov momentum (default off); needs momentum &gt; 0 and dampening 0. */
    public SGD nesterov(boolean nesterov) {
        this.nesterov = nesterov;
        return this;
    }

    @Override
    protected void update(float[] param, float[] grad, State state) {
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalStateException(name() + ": Nesterov momentum needs momentum > 0 and dampening 0, got "
                    + "momentum " + momentum + " and dampening " + dampening);
        }
        float lr = (float) lr();
        float wd = (float) weightDecay;
        if (momentum == 0) { // plain SGD: one tight loop the JIT vectorises
            for (int i = 0; i < param.length; i++) {
                param[i] -= lr * (grad[i] + wd * param[i]);
            }
            return;
        }
        boolean first = !state.has("momentum_buffer");
        float[] buf = state.buffer("momentum_buffer", param.length);
        float mu = (float) momentum;
        float keep = (float) (1 - dampening);
        for (int i = 0; i < param.length; i++) {
            float g = grad[i] + wd * param[i];
            buf[i] = first ? g : mu * buf[i] + keep * g;
            param[i] -= lr * (nesterov ? g + mu * buf[i] : buf[i]);
        }
    }
}
