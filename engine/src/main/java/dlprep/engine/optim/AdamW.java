package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;

import java.util.List;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter, 2019), PyTorch's {@code torch.optim.AdamW}
 * algorithm: each step first shrinks the parameters, θ ← θ − γλθ, then takes the {@link Adam} step on
 * the plain gradient. In Adam the L2 term λθ enters the gradient and is then divided by √v̂, so weights
 * with large gradients are barely decayed; decoupled, every weight decays at the same rate λγ.
 * Default weight decay 0.01, as PyTorch.
 */
public final class AdamW extends Adam {

    /** PyTorch's default learning rate, 0.001. */
    public AdamW(List<Parameter> params) {
        this(params, 1e-3);
    }

    public AdamW(List<Parameter> params, double lr) {
        super(params, lr, true, 0.01);
    }
}
